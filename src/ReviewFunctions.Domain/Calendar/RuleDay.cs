namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// A holiday on the day the law names, before weekends are dealt with. Only fixed-date holidays
/// (1 January, 25 December, ...) can land on a weekend; the Easter- and Monday-based ones never do.
/// </summary>
internal sealed record RuleDay(DateOnly Date, string Title, bool SubstituteIfWeekend);
