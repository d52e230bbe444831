using System.Diagnostics;
using System.Text.Json;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Local.Driving;

namespace ReviewFunctions.Bench.Intake;

/// <summary>
/// Posts referrals to one host as its intake mailbox reader does, and keeps each new referral's message and reference
/// so a later slot can send the very same message again.
/// </summary>
internal sealed class IntakeRun(LocalHostProcess host, ReferralMessages messages)
{
    private const string IntakePath = "api/intake/email";

    /// <summary>The Board person the mailbox reader posts as.</summary>
    private const string MailboxReader = "intake-reader";

    private readonly List<(ReferralMessage Message, string Reference)> accepted = [];
    private readonly Random repeats = new(15);
    private readonly Dictionary<ReferralKind, int> made = [];
    private int numbered;

    /// <summary>Every new referral the host accepted, warm-up included: each must have started one review.</summary>
    public int Accepted
    {
        get
        {
            lock (accepted)
            {
                return accepted.Count;
            }
        }
    }

    /// <summary>
    /// Makes every slot's message before the clock starts, so making them costs the sender nothing while it is timed;
    /// a repeat has none yet, as it is picked when its slot comes from the referrals answered by then.
    /// </summary>
    public (ReferralKind Kind, ReferralMessage? Message)[] Prepare(int slots) =>
        [.. Enumerable.Range(0, slots).Select(slot => ReferralMix.KindOf(slot)).Select(kind => (kind, Make(kind)))];

    /// <summary>
    /// Two of each kind, one after the other, not counted: the host's first requests load and compile intake's code,
    /// and the repeats then have referrals to repeat. Anything unexpected stops the run before it starts.
    /// </summary>
    public async Task WarmUpAsync()
    {
        foreach (var kind in new[] { ReferralKind.Docx, ReferralKind.Body, ReferralKind.Invalid, ReferralKind.Duplicate }.SelectMany(k => new[] { k, k }))
        {
            var post = await PostAsync(kind, Make(kind));
            if (!post.AsExpected)
            {
                throw new BenchFailedException($"A warm-up {ReferralMix.Name(kind)} referral was answered {post.Status}; the host is not ready to be measured.");
            }
        }
    }

    public Task<IntakePost> PostAsync(ReferralKind kind, ReferralMessage? message)
    {
        if (message is not null)
        {
            return SendAsync(kind, message, null);
        }

        (ReferralMessage Message, string Reference) earlier;
        lock (accepted)
        {
            earlier = accepted[repeats.Next(accepted.Count)];
        }

        return SendAsync(kind, earlier.Message, earlier.Reference);
    }

    private ReferralMessage? Make(ReferralKind kind)
    {
        var ordinal = made.GetValueOrDefault(kind);
        made[kind] = ordinal + 1;
        return kind switch
        {
            ReferralKind.Docx => messages.New(numbered++, ordinal, wordForm: true),
            ReferralKind.Body => messages.New(numbered++, ordinal, wordForm: false),
            ReferralKind.Invalid => messages.WithMistake(numbered++, ordinal),
            _ => null,
        };
    }

    private async Task<IntakePost> SendAsync(ReferralKind kind, ReferralMessage message, string? expected)
    {
        var postedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        IntakePost post;
        try
        {
            using var response = await host.PostAsync(IntakePath, message.Json, MailboxReader);
            var body = await response.Content.ReadAsStringAsync();
            var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var (reference, problems) = Read(body);
            post = new IntakePost(kind, postedAt, message.Sender, (int)response.StatusCode, answerMs, reference, problems, expected);
        }
        catch (HttpRequestException)
        {
            post = new IntakePost(kind, postedAt, message.Sender, IntakePost.NoAnswer, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null, 0, expected);
        }

        if (kind is ReferralKind.Docx or ReferralKind.Body && post.AsExpected)
        {
            lock (accepted)
            {
                accepted.Add((message, post.Reference!));
            }
        }

        return post;
    }

    /// <summary>The reference given (202, 200), or how many problems were named (422).</summary>
    private static (string? Reference, int Problems) Read(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var reference = root.TryGetProperty("reviewReference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var problems = root.TryGetProperty("problems", out var p) && p.ValueKind == JsonValueKind.Array ? p.GetArrayLength() : 0;
            return (reference, problems);
        }
        catch (JsonException)
        {
            return (null, 0);
        }
    }
}
