using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Mail.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail;

[Collection(AzuriteGroup.Name)]
public sealed class DispatcherTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 42));
    private static readonly DateTimeOffset Decided = UkTime.At(new DateOnly(2027, 3, 1), new TimeOnly(11, 0));

    /// <summary>An SCR on ref-a just decided, and the decider's command to tell Ofsted, the DfE and the National Panel.</summary>
    private static (ReviewState State, SendNotice Notice) DecidedScr(MailRig rig)
    {
        var (state, _) = rig.Engine.Start(new ReferralReceived(Received, Unique.Reference(), "scr", Nation.England, new DateOnly(2027, 2, 5), null, SampleReferrals.RefAAgencies, "intake"));
        state = rig.Engine.Apply(state!, new DecisionRecorded(Decided, DecisionOutcome.Review, "scr", "The criteria are met.", "chair@board")).State;
        var next = rig.Engine.Decide(state, Decided);
        state = next.Events.Aggregate(state, rig.Engine.Evolve);
        return (state, next.Commands.OfType<SendNotice>().Single(c => c.Notice == "decision-notice"));
    }

    [Fact]
    public async Task A_crash_after_SendGrid_accepted_a_statutory_notice_sends_it_again_with_the_same_notice_id()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        var (state, notice) = DecidedScr(rig);

        rig.Sender.CrashOnce();
        await Assert.ThrowsAsync<IOException>(() => rig.Dispatcher.RunAsync(notice, state, SampleReferrals.RefA(), Decided));
        var retried = await rig.Dispatcher.RunAsync(notice, state, SampleReferrals.RefA(), Decided.AddMinutes(1));

        var sent = Assert.IsType<NoticeSent>(Assert.Single(retried.Events));
        var messages = rig.Mail.Outbox.Messages;
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(("decision-notice", state.Reference), (m.CustomArgs["notice"], m.CustomArgs["reference"])));
        Assert.Equal(messages[1].Id, sent.MessageId);
    }

    [Fact]
    public async Task A_notice_recorded_as_sent_is_never_sent_again()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        var (state, notice) = DecidedScr(rig);

        var first = await rig.Dispatcher.RunAsync(notice, state, SampleReferrals.RefA(), Decided);

        // The host retries before the review has recorded the event: the ledger answers, nothing goes.
        var again = await rig.Dispatcher.RunAsync(notice, state, SampleReferrals.RefA(), Decided.AddHours(1));
        Assert.Equal(((NoticeSent)first.Events[0]).MessageId, ((NoticeSent)again.Events[0]).MessageId);

        // Once the review has it, the command is a no-op.
        var recorded = rig.Engine.Apply(state, first.Events[0]).State;
        Assert.Same(CommandOutcome.Nothing, await rig.Dispatcher.RunAsync(notice, recorded, SampleReferrals.RefA(), Decided.AddDays(1)));

        Assert.Single(rig.Mail.Outbox.Messages);
    }

    [Fact]
    public async Task A_template_that_gives_a_name_away_is_stopped_and_an_administrator_gets_the_reference_only()
    {
        var leaky = NoticeCatalogue.Embedded.WithTemplates(new Dictionary<string, string>
        {
            ["decision-notice"] = "subject: Decision on {{reference}}\n---\nTo: {{recipientName}}\n\nThe chair decided {{decisionOutcome}} about Kerry's son, {{childName}}.",
        });
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge(), leaky);
        var (state, notice) = DecidedScr(rig);

        var outcome = await rig.Dispatcher.RunAsync(notice, state, SampleReferrals.RefA(), Decided);

        var blocked = Assert.IsType<NoticeBlocked>(Assert.Single(outcome.Events));
        Assert.Contains("a name", blocked.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerry", blocked.Reason, StringComparison.OrdinalIgnoreCase);
        var alert = Assert.Single(rig.Mail.Outbox.Messages);
        Assert.Equal(["admin@westbridge-scp.example.gov.uk"], alert.To);
        Assert.Contains(state.Reference, alert.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerry", alert.Text + alert.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Marsh", alert.Text + alert.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(rig.Engine.Apply(state, blocked).Rejection);

        // Asked again, it is still stopped, and the administrator is not told twice.
        Assert.IsType<NoticeBlocked>(Assert.Single((await rig.Dispatcher.RunAsync(notice, state, SampleReferrals.RefA(), Decided.AddDays(1))).Events));
        Assert.Single(rig.Mail.Outbox.Messages);
    }

    [Fact]
    public async Task A_letter_to_people_inside_and_outside_the_partnership_goes_in_full_inside_and_anonymised_outside()
    {
        var settings = TestBoards.Westbridge() with { Partnership = PartnershipDomains.Of(["westbridge-scp.example.gov.uk", "westbridge-cs.example.gov.uk"]) };
        await using var rig = await MailRig.StartAsync(azurite, settings);
        var (state, _) = DecidedScr(rig);
        var letter = rig.Engine.Decide(state, Decided).Commands.OfType<SendNotice>().Single(c => c.Notice == "decision-letter");

        var sent = Assert.IsType<NoticeSent>(Assert.Single((await rig.Dispatcher.RunAsync(letter, state, SampleReferrals.RefA(), Decided)).Events));

        var messages = rig.Mail.Outbox.Messages;
        Assert.Equal(2, messages.Count);
        Assert.Equal(messages.Select(m => m.Id), sent.MessageId!.Split(','));
        var inside = Assert.Single(messages, m => m.CustomArgs["group"] == "main");
        Assert.Equal(["safeguarding@westbridge-cs.example.gov.uk"], inside.To);
        Assert.Contains("Jayden Marsh", inside.Text, StringComparison.Ordinal);
        var outside = Assert.Single(messages, m => m.CustomArgs["group"] == "outside");
        Assert.Equal(["helen.crane@police.example.uk", "priya.raman@westbridge.example.gov.uk", "sam.okafor@westbridge-health.example.nhs.uk"], outside.To.Order(StringComparer.Ordinal));
        Assert.Contains(AliasBook.ChildAlias, outside.Text, StringComparison.Ordinal);
        Assert.All(SampleReferrals.RefASecrets, s => Assert.DoesNotContain(s, outside.Subject + outside.Text + outside.Html, StringComparison.OrdinalIgnoreCase));
        var kept = new List<DocumentContent>();
        foreach (var item in (await rig.Storage.Documents.ListAsync(state.Reference, DocumentCategory.Letters, 100, null, CancellationToken.None)).Items)
        {
            kept.Add((await rig.Storage.Documents.GetAsync(item.Path, CancellationToken.None))!);
        }

        Assert.Contains(kept, l => l.Metadata["mailgroup"] == "outside" && l.Metadata["anonymised"] == "true");
        Assert.Contains(kept, l => l.Metadata["mailgroup"] == "main" && l.Metadata["anonymised"] == "false");
    }

    [Fact]
    public async Task A_Board_can_hold_an_automatic_notice_until_a_person_confirms_it()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge(confirmBeforeSending: "decision-notice"));
        var (state, notice) = DecidedScr(rig);

        Assert.Same(CommandOutcome.Nothing, await rig.Dispatcher.RunAsync(notice, state, SampleReferrals.RefA(), Decided));
        Assert.Empty(rig.Mail.Outbox.Messages);

        var (_, confirmed, rejection) = NoticeConfirmation.Confirm(rig.Engine, state, "national-notification", "decision-notice", Decided.AddHours(2));
        Assert.Null(rejection);
        var outcome = await rig.Dispatcher.RunAsync(confirmed!, state, SampleReferrals.RefA(), Decided.AddHours(2), confirmedBy: "manager@westbridge-scp.example.gov.uk");

        Assert.IsType<NoticeSent>(Assert.Single(outcome.Events));
        Assert.Equal("true", Assert.Single(rig.Mail.Outbox.Messages).CustomArgs["confirmed"]);
    }

    [Fact]
    public async Task A_body_with_no_address_yet_is_named_as_a_problem_and_the_others_still_get_the_notice()
    {
        var noCqc = TestBoards.Westbridge().Directory.Entries.ToDictionary(e => e.Key, e => e.Value);
        noCqc["cqc"] = noCqc["cqc"] with { Email = null };
        var settings = TestBoards.Westbridge() with { Directory = TestBoards.Westbridge().Directory with { Entries = noCqc } };
        await using var rig = await MailRig.StartAsync(azurite, settings);
        var (state, _) = DecidedScr(rig);
        var cqc = new SendNotice(state.Reference, "cqc-notice", "inspectorates-notified", 1, ["cqc", "sha"]);

        var outcome = await rig.Dispatcher.RunAsync(cqc, state, SampleReferrals.RefA(), Decided, "lead@agency");

        var problem = Assert.IsType<NoticeUndelivered>(Assert.Single(outcome.Events));
        Assert.Contains("the Board's directory has no address for it", Assert.Single(problem.Unreached), StringComparison.Ordinal);
        Assert.Equal(["commissioning@icb.example.nhs.uk"], Assert.Single(rig.Mail.Outbox.Messages, m => m.Categories.Contains("review-notice")).To);
    }

    [Fact]
    public async Task An_hour_deadline_reminder_goes_at_once_and_never_twice_even_after_a_crash()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        var (state, _) = rig.Engine.Start(new ReferralReceived(Received, Unique.Reference(), "scr", Nation.England, new DateOnly(2027, 2, 5), null, SampleReferrals.RefAAgencies, "intake"));
        state = rig.Engine.Apply(state!, new MemberAdded(Received, "lead@police.example.uk", "agency-safeguarding-lead", "intake")).State;
        var due = Due.Instant(Received.AddHours(24));
        var remind = new RemindOwner(state.Reference, "records-secured", "Secure the agency's records", 1, "agency-safeguarding-lead", due, Received.AddHours(12), ReminderKind.BeforeDue);

        rig.Sender.CrashOnce();
        await Assert.ThrowsAsync<IOException>(() => rig.Dispatcher.RunAsync(remind, state, Received.AddHours(12)));
        Assert.Same(CommandOutcome.Nothing, await rig.Dispatcher.RunAsync(remind, state, Received.AddHours(12).AddMinutes(1)));

        var message = Assert.Single(rig.Mail.Outbox.Messages);
        Assert.Equal(["lead@police.example.uk"], message.To);
        Assert.Contains("Tuesday 9 February 2027 at 10:42", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_hour_deadline_is_escalated_at_once_when_missed_and_its_repeats_join_the_morning_digest()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        var (state, _) = rig.Engine.Start(new ReferralReceived(Received, Unique.Reference(), "scr", Nation.England, new DateOnly(2027, 2, 5), null, SampleReferrals.RefAAgencies, "intake"));
        var due = Due.Instant(Received.AddHours(24));
        var missed = Received.AddHours(28);
        var nextMorning = UkTime.Morning(new DateOnly(2027, 2, 10));
        EscalateToManager Escalation(DateTimeOffset at) => new(state!.Reference, "records-secured", "Secure the agency's records", 1, "agency-safeguarding-lead", "business-manager", due, at);

        await rig.Dispatcher.RunAsync(Escalation(missed), state!, missed);
        var atOnce = Assert.Single(rig.Mail.Outbox.Messages);
        await rig.Dispatcher.RunAsync(Escalation(nextMorning), state!, nextMorning);

        Assert.StartsWith("Overdue:", atOnce.Subject, StringComparison.Ordinal);
        Assert.Equal([atOnce], rig.Mail.Outbox.Messages);
        var waiting = Assert.Single(await rig.MailStorage.Queue.PendingAsync(nextMorning, default));
        Assert.Equal(nextMorning, Assert.Single(waiting.Items).Item.Instant);
    }
}
