namespace ReviewFunctions.Domain.Deadlines;

/// <summary>An amount of one unit, such as "5 working days" or "6 months".</summary>
public sealed record Period(int Amount, DeadlineUnit Unit)
{
    public bool IsHours => Unit == DeadlineUnit.Hours;

    public override string ToString()
    {
        var (one, many) = Unit switch
        {
            DeadlineUnit.WorkingDays => ("working day", "working days"),
            DeadlineUnit.Hours => ("hour", "hours"),
            DeadlineUnit.Days => ("day", "days"),
            DeadlineUnit.Weeks => ("week", "weeks"),
            DeadlineUnit.Months => ("month", "months"),
            _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
        };
        return $"{Amount} {(Amount == 1 ? one : many)}";
    }
}
