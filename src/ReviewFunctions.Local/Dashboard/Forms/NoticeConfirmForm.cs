using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>Confirms a notice that waits for a person (a family letter, an interview notice) so that it goes now.</summary>
public sealed class NoticeConfirmForm : IReviewForm
{
    private static readonly Field Notice = new("notice-notice", "notice", "Notice to send now", "Only notices of open steps that are waiting for a person are listed.");

    public string Name => "notice";

    public string Done => "The notice has been confirmed and is being sent.";

    public bool Applies(ReviewPageModel model) => Waiting(model).Count > 0 && model.May(new NoticeConfirmed(model.Clock.Now, string.Empty, string.Empty, string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var chosen = values.Trimmed(Notice.Name)?.Split('@', 2);
        if (chosen is not [var notice, var step])
        {
            return FormReading.Problems(new FieldError(Notice.Id, "Select the notice to send"));
        }

        return FormReading.Of(new JsonObject
        {
            ["type"] = "notice-confirmed",
            ["notice"] = notice,
            ["step"] = step,
        });
    }

    public string FieldFor(string problem, FormValues values) => Notice.Id;

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        FormFrame.Write(html, model, this, "Send a notice that waits for you", "These letters go only when a person confirms them.", h =>
        {
            Fields.Select(h, Notice, Waiting(model), values.Get(Notice.Name), model.ErrorFor(Name, Notice.Id), "Choose a notice");
        }, "Confirm and send");
    }

    private static List<Choice> Waiting(ReviewPageModel model)
    {
        if (model.Review.Finished || model.Procedure is not { } procedure)
        {
            return [];
        }

        return [.. model.Review.Steps
            .Where(s => s.Status is "open" or "overdue")
            .SelectMany(s => (procedure.FindStep(s.Id)?.Notices ?? []).Where(n => n.Send == NoticeSending.Confirm).Select(n => (Step: s, Notice: n)))
            .Where(x => !model.Review.Notices.Any(sent => sent.Notice == x.Notice.Id && sent.Step == x.Step.Id && (x.Step.Occurrence is null || sent.Occurrence == x.Step.Occurrence)))
            .Select(x => new Choice($"{x.Notice.Id}@{x.Step.Id}", $"{x.Notice.Id.Replace('-', ' ')} ({x.Step.Title})"))];
    }
}
