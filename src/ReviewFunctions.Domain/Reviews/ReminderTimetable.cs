using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// The instants at which an open step's owner is reminded and their manager told it is overdue. Day reminders go out at
/// 09:00 UK time on a working day, so nobody is chased at a weekend. Reminders before an hour deadline go in working
/// hours too, brought forward from a night or weekend hour to the last working moment before it; only the first
/// escalation of a missed hour deadline goes at its exact instant.
/// </summary>
internal sealed class ReminderTimetable(DeadlineCalculator deadlines, Nation nation)
{
    /// <summary>Enough to look past any wake-up gap without an unbounded loop on a step overdue for years.</summary>
    private const int MaxEscalations = 1000;

    /// <summary>Far enough back to cross Christmas and New Year with a weekend either side.</summary>
    private const int WorkingDaySearch = 14;

    private static readonly TimeOnly EndOfWorkingDay = new(17, 30);

    /// <param name="opened">When the step opened: a reminder is never brought forward to before it.</param>
    public IEnumerable<(DateTimeOffset Instant, ReminderKind Kind)> Reminders(Due due, ReminderPolicy policy, DateTimeOffset opened)
    {
        foreach (var before in policy.Before)
        {
            yield return (before.IsHours
                ? InWorkingHours((due.At ?? UkTime.StartOfDay(due.Day.AddDays(1))).AddHours(-before.Amount), opened)
                : UkTime.Morning(WorkingDayOnOrBefore(deadlines.ShiftDay(due.Day, before.Unit, -before.Amount, nation))), ReminderKind.BeforeDue);
        }

        if (policy.OnDue)
        {
            yield return (due.At is { } at ? OnTheHourDay(at, opened) : UkTime.Morning(WorkingDayOnOrBefore(due.Day)), ReminderKind.OnDue);
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

    /// <summary>
    /// The morning of the day an hour deadline falls, when that is a working day and the morning comes before the hour;
    /// otherwise the last working moment at least an hour before it.
    /// </summary>
    private DateTimeOffset OnTheHourDay(DateTimeOffset at, DateTimeOffset opened)
    {
        var day = UkTime.ToUkDate(at);
        var morning = UkTime.Morning(day);
        return deadlines.Calendar.IsWorkingDay(nation, day) && morning < at && morning >= opened
            ? morning
            : InWorkingHours(at.AddHours(-1), opened);
    }

    /// <summary>
    /// The latest moment at or before <paramref name="instant"/> between 09:00 and 17:30 on a working day; the instant
    /// itself when there is no such moment after the step opened (a step opened on Friday evening and due on Saturday).
    /// </summary>
    private DateTimeOffset InWorkingHours(DateTimeOffset instant, DateTimeOffset opened)
    {
        var day = UkTime.ToUkDate(instant);
        for (var searched = 0; searched < WorkingDaySearch; searched++, day = day.AddDays(-1))
        {
            var (start, end) = (UkTime.Morning(day), UkTime.At(day, EndOfWorkingDay));
            if (end < opened)
            {
                break;
            }

            if (deadlines.Calendar.IsWorkingDay(nation, day) && instant >= start)
            {
                var moment = instant <= end ? instant : end;
                return moment >= opened ? moment : instant;
            }
        }

        return instant;
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
