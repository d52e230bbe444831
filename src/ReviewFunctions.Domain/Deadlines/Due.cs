namespace ReviewFunctions.Domain.Deadlines;

/// <summary>
/// When something falls due. Day rules are due at the end of their UK day; hour rules at an exact instant.
/// <see cref="Deadline"/> is the first instant at which the thing is overdue.
/// </summary>
public sealed record Due(DateOnly Day, DateTimeOffset? At, DateTimeOffset Deadline)
{
    public bool IsExactInstant => At is not null;

    public static Due EndOfDay(DateOnly day) => new(day, null, UkTime.StartOfDay(day.AddDays(1)));

    public static Due Instant(DateTimeOffset at) => new(UkTime.ToUkDate(at), at, at);

    public bool IsOverdueAt(DateTimeOffset now) => now >= Deadline;

    /// <summary>ISO date for day rules, ISO date-time with its UK offset for hour rules.</summary>
    public string ToIsoString() => At is { } at
        ? UkTime.ToUkLocal(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)
        : Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
