namespace ReviewFunctions.Domain.Deadlines;

/// <summary>
/// A period after (or before) an anchor. <see cref="OnWorkingDay"/> moves a due day that falls on a weekend or bank
/// holiday on to the next working day: for a period that must have run in full before the step can be done (a report
/// kept online "for at least 12 months" comes down no earlier), where an ordinary calendar deadline stays put.
/// <see cref="MonthStart"/> moves it on to the first working day of a month (of its own month, if that is still to
/// come), and a repeat falls on the first working day of each month after: a monthly report the chair expects at the
/// start of the month.
/// </summary>
public sealed record DeadlineRule(Period Period, DeadlineDirection Direction = DeadlineDirection.After, bool OnWorkingDay = false, bool MonthStart = false)
{
    public string Describe(string anchorTitle) =>
        $"{Period} {(Direction == DeadlineDirection.After ? "after" : "before")} {anchorTitle}"
        + (MonthStart ? ", on the first working day of the month that follows" : OnWorkingDay ? ", on the next working day if that is not one" : string.Empty);
}
