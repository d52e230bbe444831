using System.Diagnostics;
using System.Text.Json;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Local.Driving;

namespace ReviewFunctions.Bench.Intake;

/// <summary>
/// Referral e-mails posted to a fresh local host's intake at a steady rate, as the intake mailbox reader posts them:
/// how long intake takes to answer, how long until the acknowledgement leaves, and whether every answer was right
/// (bench/README.md).
/// </summary>
internal sealed class IntakeScenario : IScenario
{
    /// <summary>The host's virtual clock starts here, just after every message arrived, so no date in a form is after it.</summary>
    private const string HostStart = "2027-02-08T10:45:00Z";

    private static readonly DateTimeOffset ReceivedAt = DateTimeOffset.Parse("2027-02-08T10:42:00Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Long enough for a reply still in the host's mail queue after its answer; they normally leave before it.</summary>
    private static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(30);

    public string Name => "intake";

    public string Usage => "[--rate REFERRALS_PER_SECOND (20)] [--seconds N (60)] [--warmup SECONDS (10)]";

    public async Task<Figures> RunAsync(BenchArguments arguments, TextWriter progress, CancellationToken cancellationToken)
    {
        var rate = arguments.Number("rate", 20, 0.1, 500);
        var seconds = arguments.Integer("seconds", 60, 1, 3600);
        var warmUpSeconds = arguments.Integer("warmup", 10, 0, 600);
        arguments.RefuseUnknown(Name);

        var wall = Stopwatch.StartNew();
        var loadAtStart = MachineLoad.Now();
        var messages = ReferralMessages.Load(Path.Combine(RepositoryRoot.Find(), "samples", "referrals"), ReceivedAt);
        var data = Directory.CreateTempSubdirectory("intake-bench-");
        try
        {
            await progress.WriteLineAsync("Starting a local host in a fresh data folder…");
            await using var host = await StartAsync(data.FullName);
            using var watch = OutboxWatch.Start(data.FullName);
            var run = new IntakeRun(host, messages);
            await progress.WriteLineAsync("Warming it up with eight referrals, not counted…");
            await run.WarmUpAsync();

            // A host that has just started compiles its code again, faster, once it has run a while (.NET's tiered
            // compilation): the first seconds at the rate measure that, not intake, so they are reported apart.
            IReadOnlyList<IntakePost> warmUp = [];
            if (warmUpSeconds > 0)
            {
                var warmUpSlots = run.Prepare((int)Math.Round(rate * warmUpSeconds));
                await progress.WriteLineAsync($"Warming up at {rate}/s for {warmUpSeconds} s, reported apart…");
                (warmUp, _, _) = await OpenLoop.RunAsync(warmUpSlots.Length, TimeSpan.FromSeconds(1 / rate), s => run.PostAsync(warmUpSlots[s].Kind, warmUpSlots[s].Message), cancellationToken);
            }

            var slots = Math.Max(1, (int)Math.Round(rate * seconds));
            var prepared = run.Prepare(slots);
            await progress.WriteLineAsync($"Posting {slots} referrals at {rate}/s…");
            var posting = Stopwatch.StartNew();
            var (posts, lastStart, latestStart) = await OpenLoop.RunAsync(slots, TimeSpan.FromSeconds(1 / rate), s => run.PostAsync(prepared[s].Kind, prepared[s].Message), cancellationToken);
            posting.Stop();

            await WaitForRepliesAsync(watch, posts, cancellationToken);
            var reviews = await CountReviewsAsync(host);
            var peak = host.PeakMemoryBytes();
            watch.Dispose();
            return new IntakeReport(
                rate, warmUp, posts, lastStart, latestStart, posting.Elapsed, watch.Replies, watch.ReadEvery, reviews, run.Accepted, peak, loadAtStart, MachineLoad.Now(), wall.Elapsed).Figures();
        }
        finally
        {
            Delete(data, progress);
        }
    }

    private static async Task<LocalHostProcess> StartAsync(string data)
    {
        try
        {
            return await LocalHostProcess.StartAsync(data, LocalHostProcess.FreePort(), HostStart);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            throw new BenchFailedException("The local host did not start: " + e.Message, e);
        }
    }

    /// <summary>Every 202 is to have its acknowledgement and every 422 its refusal; the rest are counted missing.</summary>
    private static async Task WaitForRepliesAsync(OutboxWatch watch, IReadOnlyList<IntakePost> posts, CancellationToken ct)
    {
        var references = posts.Where(p => p.Status == 202 && p.Reference is not null).Select(p => p.Reference!).ToHashSet(StringComparer.Ordinal);
        var senders = posts.Where(p => p.Status == 422).Select(p => p.Sender).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReplyWait)
        {
            var replies = watch.Replies;
            var acknowledged = replies.Where(r => r.Reference is not null).Select(r => r.Reference!).ToHashSet(StringComparer.Ordinal);
            var answered = replies.Where(r => r.Reference is null).SelectMany(r => r.To).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (references.IsSubsetOf(acknowledged) && senders.IsSubsetOf(answered))
            {
                return;
            }

            await Task.Delay(100, ct);
        }
    }

    /// <summary>How many reviews the host lists, as the business manager sees them: one per new referral.</summary>
    private static async Task<int> CountReviewsAsync(LocalHostProcess host)
    {
        var count = 0;
        string? continuation = null;
        do
        {
            var path = "api/reviews?pageSize=200" + (continuation is null ? string.Empty : "&continuation=" + Uri.EscapeDataString(continuation));
            JsonElement page;
            try
            {
                page = await host.GetJsonAsync(path, "business-manager");
            }
            catch (HttpRequestException e)
            {
                throw new BenchFailedException($"The host did not list its reviews ({e.StatusCode}).", e);
            }

            count += page.GetProperty("reviews").GetArrayLength();
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (continuation is not null);
        return count;
    }

    /// <summary>The host is stopped by now; a file its storage emulator still held is reported, not fatal.</summary>
    private static void Delete(DirectoryInfo data, TextWriter progress)
    {
        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException e)
        {
            progress.WriteLine($"Could not delete the data folder {data.FullName} ({e.GetType().Name}); delete it by hand.");
        }
    }
}
