using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// The instants at which an open step's owner is reminded and their manager told it is overdue. Day reminders go out at
/// 09:00 UK time on a working day, so nobody is chased at a weekend; hour deadlines are chased at exact instants.
/// </summary>
internal sealed class ReminderTimetable(DeadlineCalculator deadlines, Nation nation)
{
    /// <summary>Enough to look past any wake-up gap without an unbounded loop on a step overdue for years.</summary>
    private const int MaxEscalations = 1000;

    public IEnumerable<(DateTimeOffset Instant, ReminderKind Kind)> Reminders(Due due, ReminderPolicy policy)
    {
        foreach (var before in policy.Before)
        {
            yield return (before.IsHours
                ? (due.At ?? UkTime.StartOfDay(due.Day.AddDays(1))).AddHours(-before.Amount)
                : UkTime.Morning(WorkingDayOnOrBefore(deadlines.ShiftDay(due.Day, before.Unit, -before.Amount, nation))), ReminderKind.BeforeDue);
        }

        if (policy.OnDue)
        {
            var morning = UkTime.Morning(WorkingDayOnOrBefore(due.Day));
            yield return (due.At is { } at && morning >= at ? at.AddHours(-1) : morning, ReminderKind.OnDue);
        }
    }

    public IEnumerable<DateTimeOffset> Escalations(Due due, ReminderPolicy policy)
    {
        if (policy.EscalateAfter is not { } after)
        {
            yield break;
        }

        var instant = Shift(due, after);
        for (var count = 0; count < MaxEscalations; count++)
        {
            yield return instant;
            if (policy.RepeatEvery is not { } every)
            {
                yield break;
            }

            instant = Repeat(instant, every);
        }
    }

    /// <summary>
    /// A repeated escalation goes on a working morning even when its deadline was in hours: the first one marks the
    /// missed hour, the rest need not wake a manager at night. An interval in hours counts as whole days.
    /// </summary>
    private DateTimeOffset Repeat(DateTimeOffset previous, Period every)
    {
        var period = every.IsHours ? new Period(Math.Max(1, (every.Amount + 23) / 24), DeadlineUnit.Days) : every;
        var day = WorkingDayOnOrAfter(deadlines.ShiftDay(UkTime.ToUkDate(previous), period.Unit, period.Amount, nation));
        return UkTime.Morning(day);
    }

    private DateTimeOffset Shift(Due from, Period period)
    {
        if (period.IsHours)
        {
            return (from.At ?? from.Deadline).AddHours(period.Amount);
        }

        var day = WorkingDayOnOrAfter(deadlines.ShiftDay(from.Day, period.Unit, period.Amount, nation));
        var morning = UkTime.Morning(day);
        return morning < from.Deadline ? from.Deadline : morning;
    }

    private DateOnly WorkingDayOnOrBefore(DateOnly day)
    {
        while (!deadlines.Calendar.IsWorkingDay(nation, day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private DateOnly WorkingDayOnOrAfter(DateOnly day)
    {
        while (!deadlines.Calendar.IsWorkingDay(nation, day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
