#pragma warning disable CA1822, IDE0060 // stand-in until the rules-based calendar lands
namespace ReviewFunctions.Domain.Calendar;

public sealed class UkCalendar
{
    public static UkCalendar Default { get; } = new();

    public IReadOnlyList<BankHoliday> Holidays(Nation nation, int year) => [];

    public bool IsWorkingDay(Nation nation, DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly AddWorkingDays(Nation nation, DateOnly from, int days)
    {
        var step = Math.Sign(days);
        var d = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            d = d.AddDays(step);
            if (IsWorkingDay(nation, d))
            {
                left--;
            }
        }

        return d;
    }
}

public sealed record BankHoliday(DateOnly Date, string Title, string Notes);
