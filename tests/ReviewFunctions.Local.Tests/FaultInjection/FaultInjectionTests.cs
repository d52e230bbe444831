using System.Diagnostics;
using Xunit.Abstractions;

namespace ReviewFunctions.Local.Tests.FaultInjection;

/// <summary>
/// Issue 14, point 6: a review run on the local host while storage (behind the fault proxy) throws 503 and 429 storms,
/// drops connections and stalls, SendGrid throttles, fails and times out, and the host is killed at each seed's points
/// and started again; compared with the same scenario run undisturbed. Nothing a caller was told is recorded, no
/// reminder, escalation or notice, may go missing, and no review may be left stopped; a notice may go twice only where
/// delivery is at least once by design (a kill or a lost answer between SendGrid's acceptance and the record).
/// </summary>
[Trait("Category", "FaultInjection")]
public sealed class FaultInjectionTests(ITestOutputHelper output)
{
    /// <summary>What fits the suite's five-minute budget on a two-core machine: each faulted run takes minutes.</summary>
    private static readonly int[] Seeds = [11, 23];

    /// <summary>Each kill costs a restart and the 20 s before the killed host's messages are seen again.</summary>
    private const int KillsPerSeed = 2;

    /// <summary>Words in the host's warnings about reminder mail, shown beside the figures to say why a digest is missing.</summary>
    private static readonly string[] Reminding = ["digest", "remind", "escalat"];

    [Fact]
    public async Task A_review_under_storage_and_mail_faults_and_kills_loses_nothing_and_does_not_stop()
    {
        var clock = Stopwatch.StartNew();
        RunRecord baseline;
        await using (var undisturbed = await ScenarioRun.StartAsync(seed: null, kills: 0))
        {
            await ReviewScenario.RunAsync(undisturbed);
            baseline = await undisturbed.RecordAsync();
            Say($"baseline: {baseline.History.Count} events, {baseline.Mail.Count} messages, {undisturbed.StorageRequests} storage requests, {clock.Elapsed.TotalSeconds:0} s");
        }

        var figures = new List<FaultFigures>();
        foreach (var seed in Seeds)
        {
            await using var faulted = await ScenarioRun.StartAsync(seed, KillsPerSeed);
            await ReviewScenario.RunAsync(faulted);
            figures.Add(FaultFigures.Compare(seed, faulted.Kills, faulted.StorageFaults, baseline, await faulted.RecordAsync()));
            Say($"seed {seed}: {faulted.StorageRequests} storage requests, {faulted.Kills} kills, {clock.Elapsed.TotalSeconds:0} s so far");
            foreach (var warning in faulted.Warnings.Where(w => Reminding.Any(r => w.Contains(r, StringComparison.OrdinalIgnoreCase))).Distinct())
            {
                Say($"seed {seed} host: {warning}");
            }
        }

        var table = FaultReport.Table(figures, clock.Elapsed);
        var file = FaultReport.Write(figures, clock.Elapsed);
        Say(table);
        Say($"figures: {file}");

        // Reminder mail (morning digests, and the reminders and escalations sent at once) is at most once by design: a
        // digest is claimed for the person and day before it is sent, and an at-once reminder is not sent again without an
        // answer. Under these faults some go missing for their day (DigestsMissed); it is printed, not asserted, because
        // the product does not promise otherwise (the reminders themselves are recorded, TimersMissed, and asserted).
        Assert.All(figures, f =>
        {
            Assert.Equal(0, f.EventsLost);
            Assert.Equal(0, f.TimersMissed);
            Assert.Equal(0, f.NoticesLost);
            Assert.Equal(0, f.ReviewsStopped);
            Assert.InRange(f.NoticesDuplicated, 0, f.AtLeastOnceCases);
        });
    }

    /// <summary>To the test's output, and to the console so it shows in <c>dotnet test</c>'s own output as the suite goes.</summary>
    private void Say(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
