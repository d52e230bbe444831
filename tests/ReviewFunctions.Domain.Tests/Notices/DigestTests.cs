using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Domain.Tests.Notices;

public sealed class DigestTests
{
    private static readonly DateOnly Tuesday = new(2027, 2, 9);

    [Fact]
    public void Thirty_steps_across_five_reviews_make_one_message_listing_each_once()
    {
        var items = Enumerable.Range(0, 30).Select(i => new ReminderItem(
            $"CR-2027-000{i % 5 + 1}",
            $"step-{i}",
            $"Step number {i}",
            1,
            i % 3 == 0 ? ReminderItemKind.Overdue : ReminderItemKind.BeforeDue,
            "Board business manager / administrator",
            Due.EndOfDay(Tuesday.AddDays((i % 3 == 0 ? -2 : 3) + (i % 2))),
            UkTime.Morning(Tuesday))).ToList();

        var digest = ReminderDigest.Compose(items, "Westbridge Safeguarding Children Partnership", Tuesday);

        Assert.Equal("Review steps for Tuesday 9 February 2027: 30 steps across 5 reviews, 10 overdue", digest.Subject);
        for (var i = 0; i < 30; i++)
        {
            Assert.Single(digest.Text.Split('\n'), l => l.EndsWith($"Step number {i}.", StringComparison.Ordinal) || l.Contains($"Step number {i}. Owner", StringComparison.Ordinal));
        }

        Assert.Equal(5, digest.Html.Split("<h2").Length - 1);
        Assert.Equal(30, digest.Html.Split("<li>").Length - 1);
    }

    [Fact]
    public void A_step_reminded_and_then_escalated_appears_once_as_overdue()
    {
        var due = Due.EndOfDay(Tuesday.AddDays(-1));
        var items = new[]
        {
            new ReminderItem("CR-2027-0001", "decision-letters", "Tell the referrer", 1, ReminderItemKind.OnDue, "Business manager", due, UkTime.Morning(Tuesday.AddDays(-1))),
            new ReminderItem("CR-2027-0001", "decision-letters", "Tell the referrer", 1, ReminderItemKind.Overdue, "Business manager", due, UkTime.Morning(Tuesday)),
        };

        var digest = ReminderDigest.Compose(items, "Board", Tuesday);

        Assert.Contains("1 step across 1 review, 1 overdue", digest.Subject, StringComparison.Ordinal);
        Assert.Contains("- Overdue since Monday 8 February 2027: Tell the referrer. Owner: Business manager.", digest.Text, StringComparison.Ordinal);
    }
}
