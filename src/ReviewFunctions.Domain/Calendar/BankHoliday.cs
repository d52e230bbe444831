namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// One day off as gov.uk publishes it. <see cref="Notes"/> is "Substitute day" when the holiday
/// itself fell on a weekend and this is the weekday given instead, otherwise "".
/// </summary>
/// <remarks>
/// gov.uk does not label substitute days consistently between years (which of two adjacent
/// substitutes is called "Christmas Day" and which "Boxing Day" varies), so compare dates, not titles.
/// </remarks>
public sealed record BankHoliday(DateOnly Date, string Title, string Notes);
