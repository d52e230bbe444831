using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// Which reminders and escalations a step occurrence should have had, worked out from its timetable and the written
/// rules (docs/PROCEDURES.md "Reminder policy", docs/ARCHITECTURE.md "Time") without asking the engine: if both were
/// written from the same misreading they would agree on it, so this is written afresh and only the calendar (which days
/// are working days, and UK local time) is shared.
/// </summary>
/// <remarks>
/// The rules, as the documents state them:
/// <list type="bullet">
/// <item>Reminders to the owner go at 09:00 UK time on a working day: "N working days / weeks / months before" on the
/// working day on or before the day that far ahead of the due day, and "on due" on the due day (or the working day
/// before it, when it falls on a weekend or holiday).</item>
/// <item>Before an hour deadline a reminder goes in working hours (09:00–17:30 on a working day), brought forward from a
/// night or weekend hour to the last working moment before it, unless that is before the step opened, when it goes at
/// its own instant. The on-due reminder goes at 09:00 on the deadline's day when that is a working day and 09:00 is
/// before the hour (and not before the step opened), otherwise at the last working moment at least an hour before the
/// hour. Two reminders landing on the same moment go as one, the on-due one.</item>
/// <item>The manager is told once the step is overdue by the escalation period: at the exact instant for an hour
/// period, else at 09:00 on the working day on or after the day that far past the due day; then again every repeat
/// period for as long as the step is open, on working mornings (a repeat in hours counts as whole days).</item>
/// <item>A reminder or escalation is owed only while the step is open (from its opening to its end, both included), only
/// once the Board has the review (from the referral), and only under the due date in force at its instant: one worked
/// from a new due date for an instant that had already passed when the due date changed is not owed.</item>
/// </list>
/// </remarks>
internal sealed class ReminderOracle(UkCalendar calendar)
{
    private static readonly TimeOnly Morning = new(9, 0);
    private static readonly TimeOnly EndOfWorkingDay = new(17, 30);

    public IReadOnlyList<ReminderKey> Expected(StepTimetable step)
    {
        var owed = new HashSet<ReminderKey>();
        var start = step.Opened > step.Received ? step.Opened : step.Received;
        for (var i = 0; i < step.Dues.Count; i++)
        {
            var (from, due) = step.Dues[i];
            var spanStart = i == 0 || from < start ? start : from;
            var last = i == step.Dues.Count - 1;
            var spanEnd = last ? step.Closed : step.Dues[i + 1].From;
            bool InForce(DateTimeOffset instant) => instant >= spanStart && (last ? instant <= spanEnd : instant < spanEnd);

            foreach (var (instant, type) in Reminders(step.Nation, due, step.Policy, step.Opened).Where(r => InForce(r.Instant)))
            {
                owed.Add(new ReminderKey(step.Review, step.Step, step.Occurrence, instant, type));
            }

            foreach (var instant in Escalations(step.Nation, due, step.Policy, spanEnd).Where(InForce))
            {
                owed.Add(new ReminderKey(step.Review, step.Step, step.Occurrence, instant, ReminderType.Escalation));
            }
        }

        return [.. owed.OrderBy(k => k.Instant).ThenBy(k => k.Type)];
    }

    /// <summary>The owner's reminders for one due date, those landing on the same moment merged into the on-due one.</summary>
    private IEnumerable<(DateTimeOffset Instant, ReminderType Type)> Reminders(Nation nation, Due due, ReminderPolicy policy, DateTimeOffset opened)
    {
        var reminders = new Dictionary<DateTimeOffset, ReminderType>();
        foreach (var before in policy.Before)
        {
            reminders.TryAdd(BeforeDue(nation, due, before, opened), ReminderType.BeforeDue);
        }

        if (policy.OnDue)
        {
            reminders[OnDue(nation, due, opened)] = ReminderType.OnDue;
        }

        return reminders.Select(r => (r.Key, r.Value));
    }

    private DateTimeOffset BeforeDue(Nation nation, Due due, Period before, DateTimeOffset opened)
    {
        if (before.Unit == DeadlineUnit.Hours)
        {
            var deadline = due.At ?? UkTime.StartOfDay(due.Day.AddDays(1));
            return LastWorkingMoment(nation, deadline.AddHours(-before.Amount), opened);
        }

        return UkTime.At(WorkingDayOnOrBefore(nation, Shift(nation, due.Day, before, -1)), Morning);
    }

    private DateTimeOffset OnDue(Nation nation, Due due, DateTimeOffset opened)
    {
        if (due.At is not { } hour)
        {
            return UkTime.At(WorkingDayOnOrBefore(nation, due.Day), Morning);
        }

        var day = UkTime.ToUkDate(hour);
        var morning = UkTime.At(day, Morning);
        return calendar.IsWorkingDay(nation, day) && morning < hour && morning >= opened
            ? morning
            : LastWorkingMoment(nation, hour.AddHours(-1), opened);
    }

    /// <summary>Escalation instants for one due date, up to <paramref name="until"/>.</summary>
    private IEnumerable<DateTimeOffset> Escalations(Nation nation, Due due, ReminderPolicy policy, DateTimeOffset until)
    {
        if (policy.EscalateAfter is not { } after)
        {
            yield break;
        }

        var instant = after.Unit == DeadlineUnit.Hours
            ? (due.At ?? due.Deadline).AddHours(after.Amount)
            : UkTime.At(WorkingDayOnOrAfter(nation, Shift(nation, due.Day, after, 1)), Morning);
        if (instant < due.Deadline)
        {
            // Overdue "0 days after" is the deadline itself, not the morning before it.
            instant = due.Deadline;
        }

        while (instant <= until)
        {
            yield return instant;
            if (policy.RepeatEvery is not { } every)
            {
                yield break;
            }

            var period = every.Unit == DeadlineUnit.Hours ? new Period(Math.Max(1, (every.Amount + 23) / 24), DeadlineUnit.Days) : every;
            instant = UkTime.At(WorkingDayOnOrAfter(nation, Shift(nation, UkTime.ToUkDate(instant), period, 1)), Morning);
        }
    }

    /// <summary>
    /// The latest moment at or before <paramref name="instant"/> inside a working day's hours; the instant itself when
    /// that moment would come before the step opened.
    /// </summary>
    private DateTimeOffset LastWorkingMoment(Nation nation, DateTimeOffset instant, DateTimeOffset opened)
    {
        for (var day = UkTime.ToUkDate(instant); ; day = day.AddDays(-1))
        {
            var (start, end) = (UkTime.At(day, Morning), UkTime.At(day, EndOfWorkingDay));
            if (end < opened)
            {
                return instant;
            }

            if (calendar.IsWorkingDay(nation, day) && instant >= start)
            {
                var moment = instant < end ? instant : end;
                return moment >= opened ? moment : instant;
            }
        }
    }

    private DateOnly Shift(Nation nation, DateOnly day, Period period, int sign) => period.Unit switch
    {
        DeadlineUnit.WorkingDays => calendar.AddWorkingDays(nation, day, sign * period.Amount),
        DeadlineUnit.Days => day.AddDays(sign * period.Amount),
        DeadlineUnit.Weeks => day.AddDays(sign * 7 * period.Amount),
        DeadlineUnit.Months => day.AddMonths(sign * period.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "An hour period moves an instant, not a day."),
    };

    private DateOnly WorkingDayOnOrBefore(Nation nation, DateOnly day)
    {
        while (!calendar.IsWorkingDay(nation, day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private DateOnly WorkingDayOnOrAfter(Nation nation, DateOnly day)
    {
        while (!calendar.IsWorkingDay(nation, day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
