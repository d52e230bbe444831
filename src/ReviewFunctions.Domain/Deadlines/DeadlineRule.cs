namespace ReviewFunctions.Domain.Deadlines;

/// <summary>A period after (or before) an anchor: "1 working day after referral received".</summary>
public sealed record DeadlineRule(Period Period, DeadlineDirection Direction = DeadlineDirection.After)
{
    public string Describe(string anchorTitle) =>
        $"{Period} {(Direction == DeadlineDirection.After ? "after" : "before")} {anchorTitle}";
}
