namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>Every form of the review page, in the order a review needs them.</summary>
public static class ReviewForms
{
    public static IReadOnlyList<IReviewForm> All { get; } =
    [
        new DecisionForm(),
        new StepForm(),
        new NoticeConfirmForm(),
        new ExtensionForm(),
        new MemberAddForm(),
        new MemberRemoveForm(),
        new ActionPlanForm(),
        new ActionUpdateForm(),
        new ThemesForm(),
        new EmbargoForm(),
        new PublicationForm(),
        new RecordsDecisionForm(),
        new SignOffForm(),
    ];

    public static IReviewForm? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
