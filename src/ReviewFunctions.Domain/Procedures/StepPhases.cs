namespace ReviewFunctions.Domain.Procedures;

/// <summary>A step's phase in the words the API and the pages use: one name and one title for each.</summary>
public static class StepPhases
{
    public static string Name(StepPhase phase) => phase switch
    {
        StepPhase.Referral => "referral",
        StepPhase.Review => "review",
        _ => "action-plan",
    };

    /// <summary>The heading for a phase's steps, from its <see cref="Name"/>; null for a name that is not a phase.</summary>
    public static string? Title(string name) => name switch
    {
        "referral" => "Referral and decision",
        "review" => "The review",
        "action-plan" => "Action plan",
        _ => null,
    };
}
