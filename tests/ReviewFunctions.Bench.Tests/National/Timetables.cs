using ReviewFunctions.Bench.National;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Bench.Tests.National;

/// <summary>Small timetables and policies for working reminders out by hand.</summary>
internal static class Timetables
{
    public const string Review = "NB-TEST-000001";

    /// <summary>The procedures' usual policy: 2 weeks and 2 working days before, on the day, then every 2 working days overdue.</summary>
    public static readonly ReminderPolicy Usual = new(
        [new Period(2, DeadlineUnit.Weeks), new Period(2, DeadlineUnit.WorkingDays)],
        true,
        new Period(1, DeadlineUnit.WorkingDays),
        new Period(2, DeadlineUnit.WorkingDays));

    /// <summary>Records secured within 24 hours: 12 hours before, on the day, 4 hours overdue, then daily.</summary>
    public static readonly ReminderPolicy Hours = new(
        [new Period(12, DeadlineUnit.Hours)],
        true,
        new Period(4, DeadlineUnit.Hours),
        new Period(24, DeadlineUnit.Hours));

    public static readonly ReminderOracle Oracle = new(UkCalendar.Default);

    /// <summary>UK local time.</summary>
    public static DateTimeOffset Uk(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) =>
        UkTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute, second));

    public static StepTimetable Step(Nation nation, ReminderPolicy policy, DateTimeOffset opened, Due due, DateTimeOffset closed, DateTimeOffset? received = null) =>
        new(Review, "step", 1, nation, policy, received ?? opened, opened, [new DueFrom(opened, due)], closed);

    public static ReminderKey Key(DateTimeOffset instant, ReminderType type) => new(Review, "step", 1, instant, type);

    public static Due Day(int year, int month, int day) => Due.EndOfDay(new DateOnly(year, month, day));
}
