using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Tests.Mail.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail;

[Collection(AzuriteGroup.Name)]
public sealed class DigestSenderTests(AzuriteFixture azurite)
{
    private const string Manager = "manager@westbridge-scp.example.gov.uk";
    private static readonly DateOnly Tuesday = new(2027, 2, 9);

    /// <summary>Five reviews whose business manager has six steps each coming due, due today or overdue.</summary>
    private static async Task QueueThirtyStepsAsync(MailRig rig)
    {
        for (var r = 0; r < 5; r++)
        {
            var (state, _) = rig.Engine.Start(new ReferralReceived(UkTime.At(Tuesday.AddDays(-30), new TimeOnly(10, 0)), Unique.Reference(), "scr", Nation.England, null, null, ["Westbridge Police"], "intake"));
            state = rig.Engine.Apply(state!, new MemberAdded(state!.ReceivedAt, Manager, "business-manager", "intake")).State;
            state = rig.Engine.Apply(state, new MemberAdded(state.ReceivedAt, "chair@westbridge-scp.example.gov.uk", "board-chair", "intake")).State;
            for (var s = 0; s < 6; s++)
            {
                var step = $"step-{s}";
                var morning = UkTime.Morning(Tuesday);
                var outcome = s switch
                {
                    < 2 => await rig.Dispatcher.RunAsync(new RemindOwner(state.Reference, step, $"Step {s} of review {r}", 1, "business-manager", Due.EndOfDay(Tuesday.AddDays(2)), morning, ReminderKind.BeforeDue), state, morning),
                    < 4 => await rig.Dispatcher.RunAsync(new RemindOwner(state.Reference, step, $"Step {s} of review {r}", 1, "business-manager", Due.EndOfDay(Tuesday), morning, ReminderKind.OnDue), state, morning),
                    _ => await rig.Dispatcher.RunAsync(new EscalateToManager(state.Reference, step, $"Step {s} of review {r}", 1, "subgroup-chair", "business-manager", Due.EndOfDay(Tuesday.AddDays(-3)), morning), state, morning),
                };
                Assert.Empty(outcome.Events);
            }
        }
    }

    [Fact]
    public async Task Thirty_steps_for_one_manager_across_five_reviews_make_one_morning_email()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        await QueueThirtyStepsAsync(rig);
        var digests = new ReminderDigestSender(rig.MailStorage, rig.Mail.Client, rig.Settings, UkCalendar.Default, Nation.England);

        Assert.Equal(1, await digests.SendAsync(UkTime.Morning(Tuesday)));
        Assert.Equal(0, await digests.SendAsync(UkTime.Morning(Tuesday).AddMinutes(30)));

        var digest = Assert.Single(rig.Mail.Outbox.Messages);
        Assert.Equal([Manager], digest.To);
        Assert.Equal("Review steps for Tuesday 9 February 2027: 30 steps across 5 reviews, 10 overdue", digest.Subject);
        Assert.Equal(30, digest.Text!.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal(5, digest.Text.Split('\n').Count(l => l.StartsWith("Review CR-2027-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task One_persons_digest_failing_does_not_stop_the_others_and_the_failure_is_reported()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        await QueueThirtyStepsAsync(rig);
        var (state, _) = rig.Engine.Start(new ReferralReceived(UkTime.At(Tuesday.AddDays(-30), new TimeOnly(10, 0)), Unique.Reference(), "scr", Nation.England, null, null, ["Westbridge Police"], "intake"));
        state = rig.Engine.Apply(state!, new MemberAdded(state!.ReceivedAt, "chair@westbridge-scp.example.gov.uk", "board-chair", "intake")).State;
        var morning = UkTime.Morning(Tuesday);
        await rig.Dispatcher.RunAsync(new RemindOwner(state.Reference, "decision", "Decide", 1, "board-chair", Due.EndOfDay(Tuesday), morning, ReminderKind.OnDue), state, morning);
        var digests = new ReminderDigestSender(rig.MailStorage, rig.Mail.Client, rig.Settings, UkCalendar.Default, Nation.England);

        // Every try for whoever comes first fails (the first try and its five retries).
        rig.Mail.Outbox.FailNext(6, 503);
        var failed = await Assert.ThrowsAsync<AggregateException>(() => digests.SendAsync(morning));

        Assert.IsType<SendGridUnavailableException>(Assert.Single(failed.InnerExceptions));
        Assert.Single(rig.Mail.Outbox.Messages);
    }

    [Fact]
    public async Task Nothing_goes_on_a_bank_holiday_and_the_steps_wait_for_the_next_working_morning()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        await QueueThirtyStepsAsync(rig);
        var digests = new ReminderDigestSender(rig.MailStorage, rig.Mail.Client, rig.Settings, UkCalendar.Default, Nation.England);

        // Saturday, then Monday.
        Assert.Equal(0, await digests.SendAsync(UkTime.Morning(new DateOnly(2027, 2, 13))));
        Assert.Equal(1, await digests.SendAsync(UkTime.Morning(new DateOnly(2027, 2, 15))));
    }

    [Fact]
    public async Task A_crash_after_the_digest_went_never_sends_a_second_one_that_morning_and_the_service_finds_the_first()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge(), emailActivity: true);
        await QueueThirtyStepsAsync(rig);
        var crashing = new CrashAfterSend(rig.Mail.Client);
        crashing.CrashOnce();
        var digests = new ReminderDigestSender(rig.MailStorage, crashing, rig.Settings, UkCalendar.Default, Nation.England);

        await Assert.ThrowsAsync<IOException>(() => digests.SendAsync(UkTime.Morning(Tuesday)));
        Assert.Equal(0, await digests.SendAsync(UkTime.Morning(Tuesday).AddMinutes(5)));

        Assert.Single(rig.Mail.Outbox.Messages);
        Assert.Empty(await rig.MailStorage.Queue.PendingAsync(UkTime.Morning(Tuesday.AddDays(1)), CancellationToken.None));
    }

    [Fact]
    public async Task A_crash_between_the_claim_and_the_send_sends_the_same_digest_once_when_the_morning_is_run_again()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge(), emailActivity: true);
        await QueueThirtyStepsAsync(rig);
        var dying = new CrashBeforeSend(rig.Mail.Client);
        var morning = UkTime.Morning(Tuesday);

        await Assert.ThrowsAsync<IOException>(() => new ReminderDigestSender(rig.MailStorage, dying, rig.Settings, UkCalendar.Default, Nation.England).SendAsync(morning));
        Assert.Empty(rig.Mail.Outbox.Messages);

        // A step queued after the claim was made is not in the digest the first run meant to send.
        var (state, _) = rig.Engine.Start(new ReferralReceived(UkTime.At(Tuesday.AddDays(-30), new TimeOnly(10, 0)), Unique.Reference(), "scr", Nation.England, null, null, ["Westbridge Police"], "intake"));
        state = rig.Engine.Apply(state!, new MemberAdded(state!.ReceivedAt, Manager, "business-manager", "intake")).State;
        await rig.Dispatcher.RunAsync(new RemindOwner(state.Reference, "late", "Late step", 1, "business-manager", Due.EndOfDay(Tuesday), morning.AddMinutes(10), ReminderKind.OnDue), state, morning.AddMinutes(10));

        var digests = new ReminderDigestSender(rig.MailStorage, rig.Mail.Client, rig.Settings, UkCalendar.Default, Nation.England);
        Assert.Equal(1, await digests.SendAsync(morning.AddMinutes(20)));
        Assert.Equal(0, await digests.SendAsync(morning.AddMinutes(30)));

        var digest = Assert.Single(rig.Mail.Outbox.Messages);
        Assert.Equal("Review steps for Tuesday 9 February 2027: 30 steps across 5 reviews, 10 overdue", digest.Subject);
        var left = Assert.Single(await rig.MailStorage.Queue.PendingAsync(UkTime.Morning(Tuesday.AddDays(1)), CancellationToken.None));
        Assert.Equal("late", Assert.Single(left.Items).Item.Step);
    }

    [Fact]
    public async Task Where_the_mail_service_cannot_tell_a_claimed_digest_is_not_sent_again_and_its_steps_go_the_next_morning()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge(), emailActivity: false);
        await QueueThirtyStepsAsync(rig);
        var morning = UkTime.Morning(Tuesday);

        await Assert.ThrowsAsync<IOException>(() => new ReminderDigestSender(rig.MailStorage, new CrashBeforeSend(rig.Mail.Client), rig.Settings, UkCalendar.Default, Nation.England).SendAsync(morning));
        var digests = new ReminderDigestSender(rig.MailStorage, rig.Mail.Client, rig.Settings, UkCalendar.Default, Nation.England);
        Assert.Equal(0, await digests.SendAsync(morning.AddMinutes(20)));
        Assert.Empty(rig.Mail.Outbox.Messages);

        Assert.Equal(1, await digests.SendAsync(UkTime.Morning(Tuesday.AddDays(1))));
        Assert.Equal("Review steps for Wednesday 10 February 2027: 30 steps across 5 reviews, 20 overdue", Assert.Single(rig.Mail.Outbox.Messages).Subject);
    }

    [Fact]
    public async Task A_run_that_died_after_recording_the_digest_went_leaves_the_next_run_only_its_steps_to_mark()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge(), emailActivity: true);
        await QueueThirtyStepsAsync(rig);
        var morning = UkTime.Morning(Tuesday);
        Assert.True((await rig.MailStorage.Queue.ClaimDigestAsync(Manager, Tuesday, morning, CancellationToken.None)).First);
        await rig.MailStorage.Queue.RecordDigestSentAsync(Manager, Tuesday, "message-1", CancellationToken.None);

        var digests = new ReminderDigestSender(rig.MailStorage, rig.Mail.Client, rig.Settings, UkCalendar.Default, Nation.England);
        Assert.Equal(0, await digests.SendAsync(morning.AddMinutes(20)));

        Assert.Empty(rig.Mail.Outbox.Messages);
        Assert.Empty(await rig.MailStorage.Queue.PendingAsync(UkTime.Morning(Tuesday.AddDays(1)), CancellationToken.None));
        var again = await rig.MailStorage.Queue.ClaimDigestAsync(Manager, Tuesday, morning.AddHours(1), CancellationToken.None);
        Assert.Equal(new DigestClaim(false, morning, true, "message-1"), again);
    }
}
