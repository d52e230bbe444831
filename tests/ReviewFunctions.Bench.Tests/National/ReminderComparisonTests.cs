using ReviewFunctions.Bench.National;
using static ReviewFunctions.Bench.Tests.National.Timetables;

namespace ReviewFunctions.Bench.Tests.National;

public sealed class ReminderComparisonTests
{
    [Fact]
    public void Missed_duplicated_late_and_unexpected_reminders_are_each_counted()
    {
        var onTime = Key(Uk(2027, 2, 11), ReminderType.BeforeDue);
        var late = Key(Uk(2027, 2, 15), ReminderType.OnDue);
        var missed = Key(Uk(2027, 2, 16), ReminderType.Escalation);
        var unexpected = Key(Uk(2027, 2, 17), ReminderType.Escalation);

        var comparison = ReminderComparison.Compare(
            [onTime, late, missed],
            [
                new SentReminder(onTime, Uk(2027, 2, 11)),
                new SentReminder(onTime, Uk(2027, 2, 11, 10)),
                new SentReminder(late, Uk(2027, 2, 15, 10)),
                new SentReminder(unexpected, Uk(2027, 2, 17)),
            ]);

        Assert.Equal((3, 4, 1, 1, 1, 1), (comparison.Expected, comparison.Sent, comparison.Missed, comparison.Duplicated, comparison.Late, comparison.Unexpected));
        Assert.Equal(4, comparison.Examples.Count);
    }

    [Fact]
    public void Everything_owed_sent_once_at_its_instant_is_clean()
    {
        var first = Key(Uk(2027, 2, 11), ReminderType.BeforeDue);
        var second = Key(Uk(2027, 2, 15), ReminderType.OnDue);

        var comparison = ReminderComparison.Compare([first, second], [new SentReminder(first, first.Instant), new SentReminder(second, second.Instant)]);

        Assert.Equal((2, 2, 0, 0, 0, 0), (comparison.Expected, comparison.Sent, comparison.Missed, comparison.Duplicated, comparison.Late, comparison.Unexpected));
    }
}
