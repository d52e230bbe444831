using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Deadlines;

/// <summary>Turns a rule and an anchor into a due date, in a nation's working-day calendar.</summary>
public sealed class DeadlineCalculator(UkCalendar calendar)
{
    public UkCalendar Calendar { get; } = calendar;

    public Due DueFrom(DeadlineRule rule, DateTimeOffset anchor, Nation nation)
    {
        var sign = rule.Direction == DeadlineDirection.After ? 1 : -1;
        var amount = sign * rule.Period.Amount;
        if (rule.Period.Unit == DeadlineUnit.Hours)
        {
            return Due.Instant(anchor.AddHours(amount));
        }

        var day = ShiftDay(UkTime.ToUkDate(anchor), rule.Period.Unit, amount, nation);
        return Due.EndOfDay(rule.MonthStart ? MonthStart(day, nation) : rule.OnWorkingDay ? Calendar.AddWorkingDays(nation, day.AddDays(-1), 1) : day);
    }

    /// <summary>The first working day of <paramref name="day"/>'s month if it is not past yet, else of the next month.</summary>
    public DateOnly MonthStart(DateOnly day, Nation nation)
    {
        var first = FirstWorkingDay(day.Year, day.Month, nation);
        return day <= first ? first : FirstWorkingDay(day.AddMonths(1).Year, day.AddMonths(1).Month, nation);
    }

    /// <summary>The first working day of the month <paramref name="months"/> after <paramref name="day"/>'s month.</summary>
    public DateOnly NextMonthStart(DateOnly day, int months, Nation nation)
    {
        var month = new DateOnly(day.Year, day.Month, 1).AddMonths(months);
        return FirstWorkingDay(month.Year, month.Month, nation);
    }

    private DateOnly FirstWorkingDay(int year, int month, Nation nation) =>
        Calendar.AddWorkingDays(nation, new DateOnly(year, month, 1).AddDays(-1), 1);

    /// <summary>The UK day a period away from <paramref name="day"/>; working days skip weekends and holidays, calendar periods do not.</summary>
    public DateOnly ShiftDay(DateOnly day, DeadlineUnit unit, int amount, Nation nation) => unit switch
    {
        DeadlineUnit.WorkingDays => Calendar.AddWorkingDays(nation, day, amount),
        DeadlineUnit.Days => day.AddDays(amount),
        DeadlineUnit.Weeks => day.AddDays(7 * amount),
        // DateOnly.AddMonths clamps to the month's end: 31 January + 1 month is 28 or 29 February.
        DeadlineUnit.Months => day.AddMonths(amount),
        DeadlineUnit.Hours => throw new ArgumentException("Hours move an instant, not a day.", nameof(unit)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };
}
