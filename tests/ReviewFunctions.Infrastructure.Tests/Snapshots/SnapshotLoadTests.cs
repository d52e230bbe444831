using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Reviews;
using ReviewFunctions.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace ReviewFunctions.Infrastructure.Tests.Snapshots;

/// <summary>Deciding and recording read a review from its snapshot and the events after it; the events stay the judge.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class SnapshotLoadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task A_review_of_hundreds_of_events_loads_the_same_through_its_snapshot_as_by_replaying_every_event()
    {
        await using var rig = await SnapshotRig.StartAsync(azurite);
        var (reference, history) = await rig.StoreAsync(300);
        var at = history[^1].At;

        // No snapshot yet: replayed in full, and a snapshot of the last event kept.
        await AssertLoadsAsReplayedAsync(rig, reference, at);
        Assert.Equal(history.Count, (await rig.Storage.Snapshots.ReadAsync(reference, default))!.Sequence);

        // Enough events past it for a new one.
        await AppendComingsAsync(rig, reference, at, ReviewRepository.SnapshotAfter + 8);
        await AssertLoadsAsReplayedAsync(rig, reference, at);
        var kept = (await rig.Storage.Snapshots.ReadAsync(reference, default))!.Sequence;
        Assert.Equal(history.Count + ReviewRepository.SnapshotAfter + 8, kept);

        // Too few for another: folded on from the one kept, which stays.
        await AppendComingsAsync(rig, reference, at, 10);
        await AssertLoadsAsReplayedAsync(rig, reference, at);
        Assert.Equal(kept, (await rig.Storage.Snapshots.ReadAsync(reference, default))!.Sequence);
        Assert.Equal(1 + 10, (await rig.CostOfAsync(() => rig.Repository.LoadStateAsync(reference, default))).Rows);
    }

    [Fact]
    public async Task A_decision_after_a_snapshot_reads_as_many_rows_for_a_review_of_1000_events_as_for_one_of_50()
    {
        await using var rig = await SnapshotRig.StartAsync(azurite);

        var (small, smallReplay, smallEvents) = await DecisionCostAsync(rig, 50);
        var (large, largeReplay, largeEvents) = await DecisionCostAsync(rig, 1000);

        output.WriteLine($"{smallEvents} events: a decision read {small.Rows} rows in {small.Requests} storage requests; replaying them all reads {smallReplay.Rows} rows in {smallReplay.Requests}");
        output.WriteLine($"{largeEvents} events: a decision read {large.Rows} rows in {large.Requests} storage requests; replaying them all reads {largeReplay.Rows} rows in {largeReplay.Requests}");
        Assert.Equal(small, large);
        Assert.Equal(1 + 5, large.Rows);
        Assert.Equal(largeEvents, largeReplay.Rows);
    }

    [Fact]
    public async Task A_review_whose_appends_kept_its_state_is_read_by_one_point_read_and_no_query_at_1000_events_as_at_50()
    {
        await using var rig = await SnapshotRig.StartAsync(azurite);
        foreach (var count in new[] { 50, 1000 })
        {
            var reference = Unique.Reference();
            var history = LongReviews.History(rig.Engine, reference, count);
            await rig.AppendKeepingStateAsync(reference, history);

            // One row (the snapshot) in one request: no query for events after it, even one that finds none.
            Assert.Equal((1, 1), await rig.CostOfAsync(() => rig.Repository.LoadStateAsync(reference, default)));
            await AssertLoadsAsReplayedAsync(rig, reference, history[^1].At);
        }
    }

    [Fact]
    public async Task A_decision_keeps_the_state_it_leaves_so_the_next_one_reads_nothing_but_the_snapshot()
    {
        await using var rig = await SnapshotRig.StartAsync(azurite);
        var (reference, history) = await rig.StoreAsync(200);
        var at = history[^1].At;

        // Written without state: the first decision folds the events past the old snapshot, and keeps what it leaves.
        await rig.Service.DecideAsync(reference, at, default);
        var second = await rig.CostOfAsync(() => rig.Service.DecideAsync(reference, at.AddDays(1), default));

        Assert.Equal(1, second.Rows);
        Assert.True((await rig.Storage.Snapshots.ReadAsync(reference, default))!.Head);
        await AssertLoadsAsReplayedAsync(rig, reference, at.AddDays(1));
    }

    [Theory]
    [InlineData("of another format")]
    [InlineData("damaged")]
    [InlineData("of another event than its row says")]
    public async Task A_snapshot_that_cannot_be_used_is_ignored_and_a_fresh_one_kept(string how)
    {
        await using var rig = await SnapshotRig.StartAsync(azurite);
        var (reference, history) = await rig.StoreAsync(100);
        var fingerprint = rig.Engine.Catalogue.Fingerprint;
        var good = ReviewSnapshot.Write(rig.Engine.Replay(history), fingerprint);
        var (sequence, data) = how switch
        {
            "of another format" => (history.Count, good.Replace($"\"format\":{ReviewSnapshot.Format},", $"\"format\":{ReviewSnapshot.Format + 1},", StringComparison.Ordinal)),
            "damaged" => (history.Count, good[..(good.Length / 2)]),
            _ => (history.Count, ReviewSnapshot.Write(rig.Engine.Replay(history.Take(history.Count - 3)), fingerprint)),
        };
        var row = await rig.Storage.Snapshots.ReadAsync(reference, default);
        Assert.Equal(SnapshotWrite.Written, await rig.Storage.Snapshots.WriteAsync(reference, sequence, data, row, default));

        var replayed = await rig.CostOfAsync(() => rig.Repository.LoadStateAsync(reference, default));
        var fresh = await rig.Storage.Snapshots.ReadAsync(reference, default);
        var afterwards = await rig.CostOfAsync(() => rig.Repository.LoadStateAsync(reference, default));

        Assert.Equal(1 + history.Count, replayed.Rows);
        Assert.Equal(history.Count, fresh!.Sequence);
        Assert.Equal(good, fresh.Data);
        Assert.Equal(1, afterwards.Rows);
        await AssertLoadsAsReplayedAsync(rig, reference, history[^1].At);
    }

    [Fact]
    public async Task The_snapshot_never_appears_in_the_history()
    {
        var harness = new ReviewApiHarness(azurite);
        var reference = await harness.StartAsync("CR-2027-0101");
        var referral = (await harness.Service.LoadStateAsync(reference, default))!;
        var comings = LongReviews.Comings(harness.Engine, referral.State, referral.State.ReceivedAt, ReviewRepository.SnapshotAfter + 1);
        await harness.Storage.Events.AppendAsync(reference, 1, [.. comings.Select(e => new NewEvent(ReviewJson.TypeOf(e), ReviewJson.Serialize(e)))], referral.State.ReceivedAt, default);

        var current = await harness.Service.LoadStateAsync(reference, default);
        var history = ReviewApiHarness.Json(await harness.Api.HistoryAsync(Callers.Admin, reference, default));

        Assert.Equal(comings.Count + 1, (await harness.Storage.Snapshots.ReadAsync(reference, default))!.Sequence);
        Assert.Equal(Enumerable.Range(1, comings.Count + 1).Select(i => (long)i), history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(comings.Count + 1, await harness.Storage.Events.ReadAllAsync(reference, default).CountAsync());
        Assert.Equal(comings.Count + 1, (await harness.Service.LoadHistoryAsync(reference, default))!.History.Count);
        Assert.Equal(comings.Count + 1, current!.Version);
    }

    [Fact]
    public async Task Writers_racing_to_snapshot_never_leave_an_older_snapshot_over_a_newer_one()
    {
        await using var rig = await SnapshotRig.StartAsync(azurite);
        var (reference, history) = await rig.StoreAsync(100);
        var at = history[^1].At;

        // A slow writer holds its snapshot of the first events while a quicker one loads later events and keeps theirs.
        var first = await RaceAsync(rig, reference, at);
        Assert.Equal(SnapshotWrite.Overtaken, first.Slow);
        Assert.Equal(first.Quick, (await rig.Storage.Snapshots.ReadAsync(reference, default))!.Sequence);

        // The same race from a snapshot both read: the slower cannot put its older state back.
        var second = await RaceAsync(rig, reference, at);
        Assert.Equal(SnapshotWrite.Overtaken, second.Slow);
        Assert.True(second.Quick > first.Quick);
        Assert.Equal(second.Quick, (await rig.Storage.Snapshots.ReadAsync(reference, default))!.Sequence);
        await AssertLoadsAsReplayedAsync(rig, reference, at);
    }

    /// <summary>A slow writer loads and holds its snapshot; more events come; a quick writer loads and keeps its own.</summary>
    private static async Task<(SnapshotWrite Slow, long Quick)> RaceAsync(SnapshotRig rig, string reference, DateTimeOffset at)
    {
        await AppendComingsAsync(rig, reference, at, ReviewRepository.SnapshotAfter);
        var held = new HeldSnapshots(rig.Storage.Snapshots);
        var slow = new ReviewRepository(rig.Engine, rig.Storage.Events, held, NullLogger<ReviewRepository>.Instance);
        var slowLoad = slow.LoadStateAsync(reference, default);
        await held.Reached;

        await AppendComingsAsync(rig, reference, at, ReviewRepository.SnapshotAfter);
        var quick = await rig.Repository.LoadStateAsync(reference, default);
        held.Release();
        await slowLoad;
        return (await held.Written, quick!.Version);
    }

    /// <summary>
    /// A review of about <paramref name="count"/> events, snapshotted, then five more events: what deciding costs, and
    /// what reading its whole history costs (as every decision did before snapshots).
    /// </summary>
    private static async Task<((int Rows, int Requests) Decision, (int Rows, int Requests) Replay, int Events)> DecisionCostAsync(SnapshotRig rig, int count)
    {
        var (reference, history) = await rig.StoreAsync(count);
        var at = history[^1].At;
        await rig.Repository.LoadStateAsync(reference, default);
        Assert.Equal(history.Count, (await rig.Storage.Snapshots.ReadAsync(reference, default))!.Sequence);
        await AppendComingsAsync(rig, reference, at, 5);

        var replay = await rig.CostOfAsync(() => rig.Repository.LoadHistoryAsync(reference, default));
        var decision = await rig.CostOfAsync(() => rig.Service.DecideAsync(reference, at, default));
        return (decision, replay, history.Count + 5);
    }

    private static async Task AppendComingsAsync(SnapshotRig rig, string reference, DateTimeOffset at, int count)
    {
        var current = (await rig.Repository.LoadStateAsync(reference, default))!;
        await rig.AppendAsync(reference, current.Version, LongReviews.Comings(rig.Engine, current.State, at, count));
    }

    /// <summary>Loads through the snapshot and checks the state, version and decisions against replaying every event.</summary>
    private static async Task AssertLoadsAsReplayedAsync(SnapshotRig rig, string reference, DateTimeOffset at)
    {
        var current = (await rig.Repository.LoadStateAsync(reference, default))!;
        var replayed = (await rig.Repository.LoadHistoryAsync(reference, default))!;
        var fingerprint = rig.Engine.Catalogue.Fingerprint;

        Assert.Equal(replayed.Version, current.Version);
        Assert.Equal(ReviewSnapshot.Write(replayed.State, fingerprint), ReviewSnapshot.Write(current.State, fingerprint));
        foreach (var now in new[] { at, at.AddDays(30) })
        {
            Assert.Equal(JsonSerializer.Serialize(rig.Engine.Decide(replayed.State, now), ReviewJson.Options), JsonSerializer.Serialize(rig.Engine.Decide(current.State, now), ReviewJson.Options));
        }
    }
}
