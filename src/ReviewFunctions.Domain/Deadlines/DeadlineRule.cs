namespace ReviewFunctions.Domain.Deadlines;

/// <summary>
/// A period after (or before) an anchor. <see cref="OnWorkingDay"/> moves a due day that falls on a weekend or bank
/// holiday on to the next working day: for a period that must have run in full before the step can be done (a report
/// kept online "for at least 12 months" comes down no earlier), where an ordinary calendar deadline stays put.
/// </summary>
public sealed record DeadlineRule(Period Period, DeadlineDirection Direction = DeadlineDirection.After, bool OnWorkingDay = false)
{
    public string Describe(string anchorTitle) =>
        $"{Period} {(Direction == DeadlineDirection.After ? "after" : "before")} {anchorTitle}{(OnWorkingDay ? ", on the next working day if that is not one" : string.Empty)}";
}
