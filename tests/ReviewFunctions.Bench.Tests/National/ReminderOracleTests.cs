using ReviewFunctions.Bench.National;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using static ReviewFunctions.Bench.Tests.National.Timetables;

namespace ReviewFunctions.Bench.Tests.National;

/// <summary>
/// The oracle alone, against instants worked out by hand from a calendar: every expected instant below was counted on
/// paper (weekends, each nation's bank holidays, GMT or BST), not computed.
/// </summary>
public sealed class ReminderOracleTests
{
    [Fact]
    public void Reminders_before_a_Monday_deadline_cross_the_weekend_and_escalations_skip_it()
    {
        // Due Monday 15 February 2027; opened Monday 1 February at 10:00, done Thursday 18 February at noon.
        var step = Step(Nation.England, Usual, Uk(2027, 2, 1, 10), Day(2027, 2, 15), Uk(2027, 2, 18, 12, 0, 30));

        Assert.Equal(
            [
                // 2 weeks before is Monday 1 February at 09:00, before the step opened: not owed.
                Key(Uk(2027, 2, 11), ReminderType.BeforeDue), // 2 working days before Monday: Friday 12 is one, Thursday 11 two
                Key(Uk(2027, 2, 15), ReminderType.OnDue),
                Key(Uk(2027, 2, 16), ReminderType.Escalation), // 1 working day overdue
                Key(Uk(2027, 2, 18), ReminderType.Escalation), // 2 working days later; Monday 22 is after it was done
            ],
            Oracle.Expected(step));
    }

    [Fact]
    public void A_deadline_on_a_Saturday_is_reminded_on_the_Friday_and_escalated_on_the_Monday()
    {
        var step = Step(Nation.England, Usual, Uk(2027, 2, 15, 10), Day(2027, 2, 20), Uk(2027, 2, 22, 11, 0, 30));

        Assert.Equal(
            [
                Key(Uk(2027, 2, 18), ReminderType.BeforeDue), // Friday 19 is one working day before, Thursday 18 two
                Key(Uk(2027, 2, 19), ReminderType.OnDue), // the working day on or before Saturday
                Key(Uk(2027, 2, 22), ReminderType.Escalation),
            ],
            Oracle.Expected(step));
    }

    [Fact]
    public void Easter_Monday_delays_an_English_escalation_but_not_a_Scottish_one()
    {
        // Due Thursday 25 March 2027, the day before Good Friday; clocks go forward on Sunday 28 March; done Wednesday 31.
        var due = Day(2027, 3, 25);
        var england = Step(Nation.England, Usual, Uk(2027, 3, 8, 10), due, Uk(2027, 3, 31, 12, 0, 30));
        var scotland = england with { Nation = Nation.Scotland };

        DateTimeOffset[] reminders = [Uk(2027, 3, 11), Uk(2027, 3, 23), Uk(2027, 3, 25)];
        Assert.Equal(
            [
                Key(reminders[0], ReminderType.BeforeDue),
                Key(reminders[1], ReminderType.BeforeDue),
                Key(reminders[2], ReminderType.OnDue),
                // Good Friday 26 and Easter Monday 29 are English bank holidays: the first working day after is Tuesday.
                Key(new DateTimeOffset(2027, 3, 30, 9, 0, 0, TimeSpan.FromHours(1)), ReminderType.Escalation),
            ],
            Oracle.Expected(england));
        Assert.Equal(
            [
                Key(reminders[0], ReminderType.BeforeDue),
                Key(reminders[1], ReminderType.BeforeDue),
                Key(reminders[2], ReminderType.OnDue),
                // In Scotland Easter Monday is a working day; 2 working days later is Wednesday 31, before noon.
                Key(new DateTimeOffset(2027, 3, 29, 9, 0, 0, TimeSpan.FromHours(1)), ReminderType.Escalation),
                Key(new DateTimeOffset(2027, 3, 31, 9, 0, 0, TimeSpan.FromHours(1)), ReminderType.Escalation),
            ],
            Oracle.Expected(scotland));
    }

    [Fact]
    public void The_second_of_January_moves_a_Scottish_reminder_a_day_earlier_than_an_English_one()
    {
        // Due Monday 5 January 2026. Friday 2 January is a Scottish bank holiday only; Thursday 1 is everyone's.
        var england = Step(Nation.England, Usual, Uk(2025, 12, 1, 10), Day(2026, 1, 5), Uk(2026, 1, 5, 12, 0, 30));
        var scotland = england with { Nation = Nation.Scotland };

        Assert.Equal(
            [Key(Uk(2025, 12, 22), ReminderType.BeforeDue), Key(Uk(2025, 12, 31), ReminderType.BeforeDue), Key(Uk(2026, 1, 5), ReminderType.OnDue)],
            Oracle.Expected(england));
        Assert.Equal(
            [Key(Uk(2025, 12, 22), ReminderType.BeforeDue), Key(Uk(2025, 12, 30), ReminderType.BeforeDue), Key(Uk(2026, 1, 5), ReminderType.OnDue)],
            Oracle.Expected(scotland));
    }

    [Fact]
    public void Records_secured_within_24_hours_are_reminded_in_working_hours_and_escalated_at_the_missed_hour()
    {
        // Referral on Monday 8 February 2027 at 14:20 (GMT): due Tuesday at 14:20; done Wednesday at 11:00.
        var step = Step(Nation.England, Hours, Uk(2027, 2, 8, 14, 20), Due.Instant(Uk(2027, 2, 9, 14, 20)), Uk(2027, 2, 10, 11, 0, 30));

        Assert.Equal(
            [
                Key(Uk(2027, 2, 8, 17, 30), ReminderType.BeforeDue), // 12 hours before is 02:20 on Tuesday: brought to Monday's close
                Key(Uk(2027, 2, 9), ReminderType.OnDue), // 09:00 on the day, before the hour
                Key(Uk(2027, 2, 9, 18, 20), ReminderType.Escalation), // exactly 4 hours after the missed hour
                Key(Uk(2027, 2, 10), ReminderType.Escalation), // then on working mornings, daily
            ],
            Oracle.Expected(step));
    }

    [Fact]
    public void An_hour_deadline_opened_on_a_Friday_evening_is_reminded_at_its_own_hours_over_the_weekend()
    {
        // Referral on Friday 12 February 2027 at 20:00: due Saturday at 20:00; done Monday at 10:00.
        var step = Step(Nation.England, Hours, Uk(2027, 2, 12, 20), Due.Instant(Uk(2027, 2, 13, 20)), Uk(2027, 2, 15, 10, 0, 30));

        Assert.Equal(
            [
                Key(Uk(2027, 2, 13, 8), ReminderType.BeforeDue), // Friday's working hours ended before the step opened
                Key(Uk(2027, 2, 13, 19), ReminderType.OnDue), // Saturday is not a working day: an hour before the hour
                Key(Uk(2027, 2, 14, 0), ReminderType.Escalation), // 20:00 + 4 hours, Sunday midnight
                Key(Uk(2027, 2, 15), ReminderType.Escalation), // the next working morning
            ],
            Oracle.Expected(step));
    }

    [Fact]
    public void An_extension_moves_the_reminders_and_a_moment_already_past_is_not_owed()
    {
        // Opened Friday 19 February 2027, due Thursday 19 August. On Wednesday 18 August at 11:00 the chair agrees Friday
        // 20 August; that date's "2 working days before" was 09:00 that Wednesday, already gone. Done Friday afternoon.
        var opened = Uk(2027, 2, 19, 14);
        var extended = Uk(2027, 8, 18, 11, 0, 30);
        var step = new StepTimetable(Review, "step", 1, Nation.England, Usual, opened, opened, [new DueFrom(opened, Day(2027, 8, 19)), new DueFrom(extended, Day(2027, 8, 20))], Uk(2027, 8, 20, 15, 0, 30));

        Assert.Equal(
            [
                Key(Uk(2027, 8, 5), ReminderType.BeforeDue), // 2 weeks before 19 August, under the first date
                Key(Uk(2027, 8, 17), ReminderType.BeforeDue), // 2 working days before 19 August
                // Thursday 19 August (on due under the first date) came after the extension: not owed.
                Key(Uk(2027, 8, 20), ReminderType.OnDue),
            ],
            Oracle.Expected(step));
    }

    [Fact]
    public void An_overdue_step_is_escalated_every_two_working_days_until_it_is_done()
    {
        var policy = new ReminderPolicy([], false, new Period(1, DeadlineUnit.WorkingDays), new Period(2, DeadlineUnit.WorkingDays));
        var step = Step(Nation.England, policy, Uk(2027, 3, 1, 10), Day(2027, 3, 5), Uk(2027, 3, 19, 12, 0, 30));

        Assert.Equal(
            [Uk(2027, 3, 8), Uk(2027, 3, 10), Uk(2027, 3, 12), Uk(2027, 3, 16), Uk(2027, 3, 18)],
            Oracle.Expected(step).Select(k => k.Instant));
        Assert.All(Oracle.Expected(step), k => Assert.Equal(ReminderType.Escalation, k.Type));
    }

    [Fact]
    public void A_step_done_before_its_first_reminder_is_owed_none()
    {
        // Due Friday 19 March 2027: the first reminder would be Friday 5 March; done Tuesday 2 March.
        var step = Step(Nation.England, Usual, Uk(2027, 3, 1, 10), Day(2027, 3, 19), Uk(2027, 3, 2, 11, 0, 30));

        Assert.Empty(Oracle.Expected(step));
    }

    [Fact]
    public void Nothing_is_owed_before_the_referral_reached_the_Board()
    {
        // Counted from awareness on Monday 1 March 2027 (5 working days: due Monday 8), referred Friday 5 March at 10:00.
        var policy = new ReminderPolicy([new Period(1, DeadlineUnit.WorkingDays)], true, new Period(1, DeadlineUnit.WorkingDays), new Period(1, DeadlineUnit.WorkingDays));
        var step = Step(Nation.England, policy, Uk(2027, 3, 1, 0), Day(2027, 3, 8), Uk(2027, 3, 8, 12, 0, 30), received: Uk(2027, 3, 5, 10));

        Assert.Equal([Key(Uk(2027, 3, 8), ReminderType.OnDue)], Oracle.Expected(step));
    }
}
