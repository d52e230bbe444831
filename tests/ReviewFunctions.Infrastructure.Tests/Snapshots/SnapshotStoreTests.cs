using Azure.Data.Tables;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Snapshots;

[Collection(AzuriteGroup.Name)]
public sealed class SnapshotStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly ReviewStorage _storage = TestStorage.Create(azurite.Connection);

    private static NewEvent[] Events(int count) => [.. Enumerable.Range(1, count).Select(i => new NewEvent("StepCompleted", $"{{\"n\":{i}}}"))];

    [Fact]
    public async Task Every_append_keeps_its_state_as_the_head_or_marks_the_snapshot_behind()
    {
        var reference = Unique.Reference();

        await _storage.Events.AppendAsync(reference, 0, Events(3), Now, default, snapshot: "{\"after\":3}");
        var kept = await _storage.Snapshots.ReadAsync(reference, default);
        await _storage.Events.AppendAsync(reference, 3, Events(2), Now, default);
        var behind = await _storage.Snapshots.ReadAsync(reference, default);
        await _storage.Events.AppendAsync(reference, 5, Events(1), Now, default, snapshot: "{\"text\":\"" + new string('x', 1_100_000) + "\"}");
        var tooLarge = await _storage.Snapshots.ReadAsync(reference, default);

        Assert.Equal((3L, "{\"after\":3}", true), (kept!.Sequence, kept.Data, kept.Head));
        Assert.Equal((3L, "{\"after\":3}", false), (behind!.Sequence, behind.Data, behind.Head));
        Assert.Equal((3L, false), (tooLarge!.Sequence, tooLarge.Head));
        Assert.Equal(6, await _storage.Events.ReadAllAsync(reference, default).CountAsync());
    }

    [Fact]
    public async Task An_append_that_loses_a_race_keeps_none_of_its_state()
    {
        var reference = Unique.Reference();
        await _storage.Events.AppendAsync(reference, 0, Events(1), Now, default, snapshot: "{\"after\":1}");

        await _storage.Events.AppendAsync(reference, 1, Events(1), Now, default, snapshot: "{\"winner\":2}");
        await Assert.ThrowsAsync<EventStreamConflictException>(() => _storage.Events.AppendAsync(reference, 1, Events(1), Now, default, snapshot: "{\"loser\":2}"));

        var snapshot = await _storage.Snapshots.ReadAsync(reference, default);
        Assert.Equal((2L, "{\"winner\":2}", true), (snapshot!.Sequence, snapshot.Data, snapshot.Head));
    }

    [Fact]
    public async Task A_snapshot_longer_than_one_column_reads_back_as_written()
    {
        var reference = Unique.Reference();
        var data = "{\"text\":\"" + new string('é', 100_000) + "\"}";

        Assert.Equal(SnapshotWrite.Written, await _storage.Snapshots.WriteAsync(reference, 7, data, null, default));
        var read = await _storage.Snapshots.ReadAsync(reference, default);

        Assert.Equal(7, read!.Sequence);
        Assert.Equal(data, read.Data);
        Assert.Null(await _storage.Snapshots.ReadAsync(Unique.Reference(), default));
    }

    [Fact]
    public async Task A_snapshot_too_large_for_a_row_is_not_written()
    {
        var reference = Unique.Reference();

        Assert.Equal(SnapshotWrite.TooLarge, await _storage.Snapshots.WriteAsync(reference, 1, new string('x', 600_000), null, default));
        Assert.Null(await _storage.Snapshots.ReadAsync(reference, default));
    }

    [Fact]
    public async Task The_snapshot_row_is_never_read_as_an_event()
    {
        var reference = Unique.Reference();
        await _storage.Events.AppendAsync(reference, 0, [new NewEvent("A", "{}"), new NewEvent("B", "{}"), new NewEvent("C", "{}")], Now, default);
        await _storage.Snapshots.WriteAsync(reference, 3, "{}", null, default);

        Assert.Equal([1L, 2L, 3L], await _storage.Events.ReadAllAsync(reference, default).Select(e => e.Sequence).ToListAsync());
        Assert.Equal([1L, 2L, 3L], (await _storage.Events.ReadAsync(reference, 0, 10, null, default)).Events.Select(e => e.Sequence));
        Assert.Equal([3L], await _storage.Events.ReadAfterAsync(reference, 2, default).Select(e => e.Sequence).ToListAsync());
        Assert.NotNull(await _storage.Snapshots.ReadAsync(reference, default));

        // Before every sequence, so even a reader bounded only from below (as before snapshots) never meets it.
        Assert.True(string.CompareOrdinal(SnapshotRows.RowKey, EventSequence.ToRowKey(0)) < 0);
    }

    [Fact]
    public async Task Of_writers_racing_from_the_same_snapshot_one_wins_and_the_rest_write_nothing()
    {
        var reference = Unique.Reference();
        await _storage.Snapshots.WriteAsync(reference, 10, "{\"at\":10}", null, default);
        var read = await _storage.Snapshots.ReadAsync(reference, default);

        var writes = await Task.WhenAll(Enumerable.Range(11, 8).Select(sequence =>
            _storage.Snapshots.WriteAsync(reference, sequence, $"{{\"at\":{sequence}}}", read, default)));
        var kept = await _storage.Snapshots.ReadAsync(reference, default);

        var winner = Assert.Single(writes.Select((w, i) => (Write: w, Sequence: 11L + i)), w => w.Write == SnapshotWrite.Written);
        Assert.All(writes.Where(w => w != SnapshotWrite.Written), w => Assert.Equal(SnapshotWrite.Overtaken, w));
        Assert.Equal(winner.Sequence, kept!.Sequence);
        Assert.Equal($"{{\"at\":{winner.Sequence}}}", kept.Data);
    }

    [Fact]
    public async Task A_snapshot_never_replaces_one_of_a_later_event()
    {
        var reference = Unique.Reference();
        Assert.Equal(SnapshotWrite.Written, await _storage.Snapshots.WriteAsync(reference, 50, "{\"at\":50}", null, default));
        var read = await _storage.Snapshots.ReadAsync(reference, default);

        Assert.Equal(SnapshotWrite.Overtaken, await _storage.Snapshots.WriteAsync(reference, 40, "{\"at\":40}", null, default));
        Assert.Equal(SnapshotWrite.Overtaken, await _storage.Snapshots.WriteAsync(reference, 40, "{\"at\":40}", read, default));
        Assert.Equal(SnapshotWrite.Written, await _storage.Snapshots.WriteAsync(reference, 60, "{\"at\":60}", read, default));
        Assert.Equal(SnapshotWrite.Overtaken, await _storage.Snapshots.WriteAsync(reference, 70, "{\"at\":70}", read, default));

        Assert.Equal(60, (await _storage.Snapshots.ReadAsync(reference, default))!.Sequence);
    }

    [Fact]
    public void A_snapshot_row_missing_part_of_its_data_reads_as_unreadable()
    {
        var row = new TableEntity("CR-2027-0001", SnapshotRows.RowKey) { ["Sequence"] = 12L, ["DataParts"] = 2, ["Data0"] = "{\"format\"" };

        var snapshot = SnapshotRows.ToSnapshot(row);

        Assert.Equal(12, snapshot.Sequence);
        Assert.Null(snapshot.Data);
    }
}
