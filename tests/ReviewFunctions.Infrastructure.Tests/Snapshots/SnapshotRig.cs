using Microsoft.Extensions.Logging.Abstractions;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Reviews;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Snapshots;

/// <summary>
/// The review service on private tables in Azurite, reached through the counting proxy, with stores that count the
/// rows they hand back: what a load or a decision costs, in rows and in requests.
/// </summary>
internal sealed class SnapshotRig : IAsyncDisposable
{
    private SnapshotRig(FaultProxy proxy, ReviewStorage storage)
    {
        Proxy = proxy;
        Storage = storage;
        Engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        Repository = new ReviewRepository(Engine, new CountingEvents(storage.Events, Read), new CountingSnapshots(storage.Snapshots, Read), NullLogger<ReviewRepository>.Instance);
        Service = new ReviewService(Engine, Repository, storage.Index, new MovableClock(LongReviews.Received), NullLogger<ReviewService>.Instance);
    }

    public FaultProxy Proxy { get; }

    public ReviewStorage Storage { get; }

    public ReviewEngine Engine { get; }

    public RowCount Read { get; } = new();

    public ReviewRepository Repository { get; }

    public ReviewService Service { get; }

    public static async Task<SnapshotRig> StartAsync(AzuriteFixture azurite)
    {
        var proxy = await FaultProxy.StartAsync(azurite.TableHost);
        var storage = TestStorage.Create(StorageConnection.FromConnectionString(azurite.ConnectionString(tableEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName))));

        // Both tables are created on first use; made now, so no test counts their creation.
        await storage.Index.ListAsync(new ReviewIndexQuery(), 1, null, default);
        await storage.Snapshots.ReadAsync(Unique.Reference(), default);
        return new SnapshotRig(proxy, storage);
    }

    /// <summary>
    /// Appends <paramref name="events"/> after <paramref name="version"/> through the event store alone, with no state
    /// to keep: as data written before appends kept the snapshot, or an append whose state was too large to keep.
    /// </summary>
    public async Task AppendAsync(string reference, long version, IReadOnlyList<ReviewEvent> events)
    {
        foreach (var batch in events.Chunk(IReviewEventStore.MaxEventsPerAppend))
        {
            version = await Storage.Events.AppendAsync(reference, version, [.. batch.Select(e => new NewEvent(ReviewJson.TypeOf(e), ReviewJson.Serialize(e)))], events[^1].At, default);
        }
    }

    /// <summary>Appends <paramref name="events"/> as the service does: each append keeps the state after it.</summary>
    public async Task AppendKeepingStateAsync(string reference, IReadOnlyList<ReviewEvent> events)
    {
        var current = await Repository.LoadStateAsync(reference, default);
        var (state, version) = current is null ? (null, 0L) : (current.State, current.Version);
        foreach (var batch in events.Chunk(IReviewEventStore.MaxEventsPerAppend))
        {
            state = state is null ? Engine.Replay(batch) : batch.Aggregate(state, Engine.Evolve);
            version = await Repository.AppendAsync(reference, version, batch, state, events[^1].At, default);
        }
    }

    /// <summary>A new review of at least <paramref name="count"/> events; its reference and history.</summary>
    public async Task<(string Reference, List<ReviewEvent> History)> StoreAsync(int count)
    {
        var reference = Unique.Reference();
        var history = LongReviews.History(Engine, reference, count);
        await AppendAsync(reference, 0, history);
        return (reference, history);
    }

    /// <summary>Rows the stores handed back and requests that reached storage while <paramref name="work"/> ran.</summary>
    public async Task<(int Rows, int Requests)> CostOfAsync(Func<Task> work)
    {
        Read.Reset();
        var before = Proxy.Seen.Count;
        await work();
        return (Read.Rows, Proxy.Seen.Count - before);
    }

    public ValueTask DisposeAsync() => Proxy.DisposeAsync();
}
