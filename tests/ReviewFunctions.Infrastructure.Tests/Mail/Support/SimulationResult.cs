using System.Collections.Concurrent;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Emulators.Mail;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>What one whole simulated review left behind: notices sent, messages the local SendGrid kept, letters stored.</summary>
internal sealed record SimulationResult(
    string Kind,
    ReviewState State,
    IReadOnlyList<SentNotice> Sent,
    IReadOnlyList<OutboxMessage> Messages,
    IReadOnlyList<DocumentContent> Letters)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<SimulationResult>>> Runs = new();

    /// <summary>Each kind is simulated once per test run and shared by the tests that inspect it.</summary>
    public static Task<SimulationResult> OfAsync(string kind, AzuriteFixture azurite) =>
        Runs.GetOrAdd(kind, k => new Lazy<Task<SimulationResult>>(() => RunAsync(k, azurite))).Value;

    public IEnumerable<OutboxMessage> MessagesOf(string notice) =>
        Messages.Where(m => m.CustomArgs.GetValueOrDefault("notice") == notice && m.CustomArgs.GetValueOrDefault("reference") == State.Reference);

    private static async Task<SimulationResult> RunAsync(string kind, AzuriteFixture azurite)
    {
        var (settings, referral, particulars, members) = kind switch
        {
            "scr" => (TestBoards.Westbridge(), Scr(), SampleReferrals.RefA(), ScrMembers),
            "cpr-extended" => (TestBoards.Eastmoor(), WelshCpr(), SampleReferrals.RefB(), WelshMembers),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        await using var rig = await MailRig.StartAsync(azurite, settings);
        var review = await SimulatedReview.RunAsync(rig, referral, particulars, members);
        var letters = new List<DocumentContent>();
        foreach (var item in (await rig.Storage.Documents.ListAsync(review.Reference, DocumentCategory.Letters, 5000, null, CancellationToken.None)).Items)
        {
            letters.Add((await rig.Storage.Documents.GetAsync(item.Path, CancellationToken.None))!);
        }

        return new SimulationResult(kind, review.State, review.Sent, rig.Mail.Outbox.Messages, letters);
    }

    /// <summary>ref-a as an English SCR: received Monday 8 February 2027, 10:42.</summary>
    private static ReferralReceived Scr() => new(
        UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 42)), Unique.Reference(), "scr", Nation.England, new DateOnly(2027, 2, 5), null, SampleReferrals.RefAAgencies, "intake");

    /// <summary>ref-b as a Welsh extended child practice review: received Wednesday 30 June 2027, 17:05.</summary>
    private static ReferralReceived WelshCpr() => new(
        UkTime.At(new DateOnly(2027, 6, 30), new TimeOnly(17, 5)), Unique.Reference(), "cpr-extended", Nation.Wales, new DateOnly(2027, 6, 27), null, SampleReferrals.RefBAgencies, "intake");

    public static readonly IReadOnlyDictionary<string, string> ScrMembers = new Dictionary<string, string>
    {
        ["board-chair"] = "chair@westbridge-scp.example.gov.uk",
        ["business-manager"] = "manager@westbridge-scp.example.gov.uk",
        ["subgroup-chair"] = "subgroup@westbridge-scp.example.gov.uk",
        ["panel-chair"] = "panel.chair@independent.example.org.uk",
        ["lead-reviewer"] = "author@independent.example.org.uk",
        ["imr-author"] = "imr.author@police.example.uk",
    };

    public static readonly IReadOnlyDictionary<string, string> WelshMembers = new Dictionary<string, string>
    {
        ["board-chair"] = "chair@eastmoor-rsb.example.gov.wales",
        ["business-manager"] = "manager@eastmoor-rsb.example.gov.wales",
        ["subgroup-chair"] = "cpr-group@eastmoor-rsb.example.gov.wales",
        ["panel-chair"] = "panel.chair@eastmoor-rsb.example.gov.wales",
        ["lead-reviewer"] = "reviewer@independent.example.wales",
    };
}
