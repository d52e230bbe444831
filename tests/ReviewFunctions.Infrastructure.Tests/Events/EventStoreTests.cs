using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Events;

[Collection(AzuriteGroup.Name)]
public sealed class EventStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly IReviewEventStore _store = TestStorage.Create(azurite.Connection).Events;

    private static NewEvent[] Events(int from, int count) =>
        Enumerable.Range(from, count).Select(i => new NewEvent("StepCompleted", $"{{\"n\":{i}}}")).ToArray();

    [Fact]
    public async Task Appended_events_read_back_in_order_across_continuation_pages()
    {
        var reference = Unique.Reference();
        long version = 0;
        for (var i = 0; i < 15; i++)
        {
            version = await _store.AppendAsync(reference, version, Events((i * 100) + 1, 99), Now.AddMinutes(i), default);
            version = await _store.AppendAsync(reference, version, Events((i * 100) + 100, 1), Now.AddMinutes(i), default);
        }

        var read = new List<StoredEvent>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await _store.ReadAsync(reference, 0, 40, continuation, default);
            Assert.True(page.Events.Count <= 40);
            read.AddRange(page.Events);
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null);

        Assert.Equal(1500, version);
        Assert.InRange(pages, 38, 39);
        Assert.Equal(Enumerable.Range(1, 1500).Select(i => (long)i), read.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(1, 1500).Select(i => $"{{\"n\":{i}}}"), read.Select(e => e.Data));
        Assert.Equal(Now.AddMinutes(14), read[^1].RecordedAt);
        Assert.Equal(1500, await _store.ReadAllAsync(reference, default).CountAsync());
    }

    [Fact]
    public async Task Reading_after_a_sequence_returns_only_later_events()
    {
        var reference = Unique.Reference();
        await _store.AppendAsync(reference, 0, Events(1, 10), Now, default);

        var page = await _store.ReadAsync(reference, 7, 100, null, default);

        Assert.Equal([8L, 9L, 10L], page.Events.Select(e => e.Sequence));
        Assert.Null(page.Continuation);
        Assert.Empty((await _store.ReadAsync(Unique.Reference(), 0, 100, null, default)).Events);
    }

    [Fact]
    public async Task A_stale_expected_version_conflicts_and_writes_nothing()
    {
        var reference = Unique.Reference();
        await _store.AppendAsync(reference, 0, Events(1, 3), Now, default);

        var conflict = await Assert.ThrowsAsync<EventStreamConflictException>(() => _store.AppendAsync(reference, 1, Events(100, 5), Now, default));

        Assert.Equal(reference, conflict.Reference);
        Assert.Equal(1, conflict.ExpectedVersion);
        var stored = await _store.ReadAllAsync(reference, default).ToListAsync();
        Assert.Equal([1L, 2L, 3L], stored.Select(e => e.Sequence));
        Assert.DoesNotContain(stored, e => e.Data.Contains("100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expected_version_ahead_of_the_stream_conflicts_rather_than_leaving_a_gap()
    {
        var reference = Unique.Reference();
        await _store.AppendAsync(reference, 0, Events(1, 2), Now, default);

        await Assert.ThrowsAsync<EventStreamConflictException>(() => _store.AppendAsync(reference, 5, Events(6, 1), Now, default));

        Assert.Equal(2, await _store.ReadAllAsync(reference, default).CountAsync());
    }

    [Fact]
    public async Task More_than_ninety_nine_events_at_once_are_refused_before_any_request()
    {
        // A transaction holds 100 rows, and one of them is the review's snapshot.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendAsync(Unique.Reference(), 0, Events(1, 100), Now, default));

        Assert.Equal("events", error.ParamName);
        Assert.Contains("between 1 and 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Large_event_data_is_split_over_properties_and_read_back_whole()
    {
        var reference = Unique.Reference();
        var big = "{\"text\":\"" + string.Concat(Enumerable.Repeat("Ünïcødé \U0001F600 ", 12_000)) + "\"}";

        await _store.AppendAsync(reference, 0, [new NewEvent("LongNote", big), new NewEvent("Short", "{}")], Now, default);
        var stored = await _store.ReadAllAsync(reference, default).ToListAsync();

        Assert.Equal(big, stored[0].Data);
        Assert.Equal("LongNote", stored[0].Type);
        Assert.Equal("{}", stored[1].Data);
    }

    [Fact]
    public async Task A_batch_over_four_mebibytes_is_refused_clearly()
    {
        // 'é' is two bytes in UTF-8, so five of these make a body near 4.8 MB although each entity fits.
        var nearlyOneMebibyte = new string('é', 480_000);
        var events = Enumerable.Range(0, 5).Select(_ => new NewEvent("Bulky", nearlyOneMebibyte)).ToArray();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendAsync(Unique.Reference(), 0, events, Now, default));

        Assert.Contains("4 MiB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CR/2027")]
    [InlineData("CR#1")]
    [InlineData("what?")]
    [InlineData("back\\slash")]
    [InlineData("")]
    [InlineData(" CR-1")]
    public async Task References_that_cannot_be_partition_keys_are_refused(string reference)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.AppendAsync(reference, 0, Events(1, 1), Now, default));
    }

    [Fact]
    public async Task A_continuation_token_from_another_review_is_refused()
    {
        var first = Unique.Reference();
        await _store.AppendAsync(first, 0, Events(1, 5), Now, default);
        var page = await _store.ReadAsync(first, 0, 2, null, default);

        await Assert.ThrowsAsync<ArgumentException>(() => _store.ReadAsync(Unique.Reference(), 0, 2, page.Continuation, default));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ReadAsync(first, 0, 2, "not-a-token!", default));
    }
}
