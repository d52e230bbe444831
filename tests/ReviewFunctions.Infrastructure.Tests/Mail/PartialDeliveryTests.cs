using System.Text;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Mail.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail;

/// <summary>
/// A notice reaches everyone it can, and whom it could not reach is a visible problem, not a retry loop: an agency
/// known only from the referral form is written to at the form's address, an agency with no address anywhere is named
/// to the business manager at once and in the morning digest, and once the directory has the address only the agency
/// missed gets the letter. A permanent refusal by the mail service is shown the same way and not retried.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class PartialDeliveryTests(AzuriteFixture azurite)
{
    private const string Northfold = "Northfold Community Health";
    private const string Ashby = "Ashby Dental Practice";
    private const string NorthfoldFormAddress = "safeguarding@northfold-health.example.nhs.uk";
    private static readonly DateTimeOffset Received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 42));

    [Fact]
    public async Task An_agency_known_only_from_the_form_is_asked_at_the_forms_address_and_one_with_no_address_is_a_problem()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        var (state, request) = Referred(rig, "Westbridge Police", Northfold, Ashby);

        var outcome = await rig.Dispatcher.RunAsync(request, state, Particulars(), Received);

        var problem = Assert.IsType<NoticeUndelivered>(Assert.Single(outcome.Events));
        Assert.Equal([$"{Ashby} (no contact address on the referral form or in the Board's directory)"], problem.Unreached);
        Assert.Equal(TestBoards.Westbridge().Directory.Version(), problem.Directory);
        var letters = Letters(rig);
        Assert.Equal(["pvp@police.example.uk"], Assert.Single(letters, m => m.CustomArgs["group"] == "main").To);
        Assert.Equal([NorthfoldFormAddress], Assert.Single(letters, m => m.CustomArgs["group"] == "outside").To);
        Assert.Equal($"{state.Reference}/agency-request-letter/agency-request/1/main", letters[0].CustomArgs[NoticeKey.CustomArg]);

        var alert = Assert.Single(rig.Mail.Outbox.Messages, m => m.Categories.Contains("review-alert"));
        Assert.Equal(["manager@westbridge-scp.example.gov.uk"], alert.To);
        Assert.Contains(Ashby, alert.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jayden", alert.Text + alert.Html, StringComparison.Ordinal);

        var digest = Assert.Single(await rig.MailStorage.Queue.PendingAsync(Received.AddDays(1), CancellationToken.None));
        var line = Assert.Single(digest.Items).Item;
        Assert.Equal((ReminderItemKind.Undelivered, "agency-request"), (line.Kind, line.Step));
        Assert.Contains(Ashby, ReminderDigest.Compose([line], "Westbridge", new DateOnly(2027, 2, 9)).Text, StringComparison.Ordinal);

        // The same gap found again tells nobody again and sends nothing more.
        Assert.IsType<NoticeUndelivered>(Assert.Single((await rig.Dispatcher.RunAsync(request, state, Particulars(), Received.AddMinutes(5))).Events));
        Assert.Equal(3, rig.Mail.Outbox.Messages.Count);
    }

    [Fact]
    public async Task Once_the_directory_has_the_address_only_the_agency_missed_gets_the_letter()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        var (state, request) = Referred(rig, "Westbridge Police", Northfold, Ashby);
        var problem = (NoticeUndelivered)(await rig.Dispatcher.RunAsync(request, state, Particulars(), Received)).Events[0];
        state = rig.Engine.Apply(state, problem).State;
        var updated = WithAshby();
        state = rig.Engine.Apply(state, new DirectoryUpdated(Received.AddDays(1), updated.Directory.Version())).State;
        var again = Assert.Single(rig.Engine.Decide(state, Received.AddDays(1)).Commands.OfType<SendNotice>());

        var outcome = await rig.DispatcherFor(updated).RunAsync(again, state, Particulars(), Received.AddDays(1));

        Assert.IsType<NoticeSent>(Assert.Single(outcome.Events));
        var letters = Letters(rig);
        Assert.Equal(3, letters.Count);
        Assert.Equal(["reviews@ashby-dental.example.nhs.uk"], letters[2].To);
        Assert.Equal($"{state.Reference}/agency-request-letter/agency-request/1/outside-part2", letters[2].CustomArgs[NoticeKey.CustomArg]);
        Assert.Contains("On Monday 8 February 2027 the Board received a referral", letters[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_permanent_refusal_is_not_retried_and_is_shown_as_a_problem()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge());
        var (state, request) = Referred(rig, "Westbridge Police");
        rig.Mail.Outbox.FailNext(1, 400);

        var outcome = await rig.Dispatcher.RunAsync(request, state, Particulars(), Received);

        var problem = Assert.IsType<NoticeUndelivered>(Assert.Single(outcome.Events));
        Assert.Contains("the mail service refused the message: 400", Assert.Single(problem.Unreached), StringComparison.Ordinal);
        Assert.Equal(2, rig.Mail.Outbox.Requests);
        Assert.Empty(rig.Mail.Delay.Waits);
    }

    [Fact]
    public async Task After_a_crash_between_the_mail_services_acceptance_and_our_record_the_retry_finds_it_and_does_not_send_again()
    {
        await using var rig = await MailRig.StartAsync(azurite, TestBoards.Westbridge(), emailActivity: true);
        var (state, request) = Referred(rig, "Westbridge Police");

        rig.Sender.CrashOnce();
        await Assert.ThrowsAsync<IOException>(() => rig.Dispatcher.RunAsync(request, state, Particulars(), Received));
        var retried = await rig.Dispatcher.RunAsync(request, state, Particulars(), Received.AddMinutes(1));

        var sent = Assert.IsType<NoticeSent>(Assert.Single(retried.Events));
        var letter = Assert.Single(rig.Mail.Outbox.Messages);
        Assert.Equal(letter.Id, sent.MessageId);
        var evidence = await rig.Storage.Documents.GetAsync(new DocumentPath(state.Reference, DocumentCategory.Letters, "agency-request-letter-agency-request-1-main-letter.html"), CancellationToken.None);
        Assert.Equal(letter.CustomArgs[NoticeKey.CustomArg], evidence!.Metadata["idempotencykey"]);
    }

    private static List<Emulators.Mail.OutboxMessage> Letters(MailRig rig) =>
        [.. rig.Mail.Outbox.Messages.Where(m => m.Categories.Contains("review-notice"))];

    private static (ReviewState State, SendNotice Request) Referred(MailRig rig, params string[] agencies)
    {
        var (state, _) = rig.Engine.Start(new ReferralReceived(Received, Unique.Reference(), "scr", Nation.England, new DateOnly(2027, 2, 5), null, agencies, "intake"));
        var next = rig.Engine.Decide(state!, Received);
        return (next.Events.Aggregate(state!, rig.Engine.Evolve), next.Commands.OfType<SendNotice>().Single(c => c.Notice == "agency-request-letter"));
    }

    private static ReviewParticulars Particulars() => SampleReferrals.RefA() with
    {
        Agencies = [new InvolvedAgency(Northfold, NorthfoldFormAddress)],
    };

    private static NoticeSettings WithAshby() => NoticeSettingsReader.Read("westbridge.json", Encoding.UTF8.GetBytes(TestBoards.WestbridgeJson.Replace(
        """{"name": "Westbridge Police",""",
        """{"name": "Ashby Dental Practice", "email": "reviews@ashby-dental.example.nhs.uk"}, {"name": "Westbridge Police",""",
        StringComparison.Ordinal)));
}
