using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace ReviewFunctions.Infrastructure.Tests.Events;

[Collection(AzuriteGroup.Name)]
public sealed class ConcurrentAppendTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Writers = 4;
    private const int AppendsPerWriter = 250;

    [Fact]
    public async Task Four_writers_racing_on_one_review_lose_and_duplicate_nothing()
    {
        var store = TestStorage.Create(azurite.Connection).Events;
        var reference = Unique.Reference();
        var winners = new ConcurrentDictionary<long, int>();
        var conflicts = 0;
        var clock = Stopwatch.StartNew();

        async Task Write(int writer)
        {
            long seen = 0;
            for (var n = 1; n <= AppendsPerWriter;)
            {
                var data = JsonSerializer.Serialize(new { writer, n });
                try
                {
                    var version = await store.AppendAsync(reference, seen, [new NewEvent("Tick", data)], DateTimeOffset.UnixEpoch, default);
                    Assert.True(winners.TryAdd(seen, writer), $"Two writers both won the append after version {seen}.");
                    Assert.Equal(seen + 1, version);
                    seen = version;
                    n++;
                }
                catch (EventStreamConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                    await foreach (var e in ReadAfter(store, reference, seen))
                    {
                        seen = e.Sequence;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(1, Writers).Select(w => Task.Run(() => Write(w))));
        clock.Stop();

        var stored = await store.ReadAllAsync(reference, default).ToListAsync();
        Assert.Equal(Enumerable.Range(1, Writers * AppendsPerWriter).Select(i => (long)i), stored.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(0, Writers * AppendsPerWriter).Select(i => (long)i), winners.Keys.Order());
        var byWriter = stored.Select(e => JsonSerializer.Deserialize<Tick>(e.Data)!).GroupBy(t => t.writer);
        Assert.All(byWriter, g => Assert.Equal(Enumerable.Range(1, AppendsPerWriter), g.Select(t => t.n)));
        Assert.Equal(Writers, byWriter.Count());
        output.WriteLine($"{Writers * AppendsPerWriter} appends by {Writers} writers in {clock.Elapsed.TotalSeconds:F1} s with {conflicts} conflicts.");
    }

    private static async IAsyncEnumerable<StoredEvent> ReadAfter(IReviewEventStore store, string reference, long after)
    {
        string? continuation = null;
        do
        {
            var page = await store.ReadAsync(reference, after, 1000, continuation, default);
            foreach (var e in page.Events)
            {
                yield return e;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    private sealed record Tick(int writer, int n);
}
