using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Index;

[Collection(AzuriteGroup.Name)]
public sealed class ReviewIndexTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly IReviewIndex _index = TestStorage.Create(azurite.Connection).Index;

    private static ReviewIndexEntry Entry(string reference, string kind = "SCR", bool finished = false, DateTimeOffset? nextDue = null) =>
        new(reference, kind, "England", "RapidReview", nextDue is null ? null : "SubmitRapidReview", nextDue, 0, finished, Now);

    [Fact]
    public async Task A_new_entry_reads_back_with_all_its_fields_and_an_etag()
    {
        var entry = Entry("CR-2027-0004", nextDue: new DateTimeOffset(2027, 3, 16, 17, 0, 0, TimeSpan.FromHours(1))) with { OverdueCount = 2 };

        var etag = await _index.UpsertAsync(entry, null, default);
        var record = await _index.GetAsync("CR-2027-0004", default);

        Assert.NotNull(record);
        Assert.Equal(etag, record.ETag);
        Assert.Equal(entry with { NextDue = entry.NextDue!.Value.ToUniversalTime() }, record.Entry);
    }

    [Fact]
    public async Task A_missing_review_is_null()
    {
        Assert.Null(await _index.GetAsync("CR-2027-9999", default));
    }

    [Fact]
    public async Task Updating_with_the_current_etag_succeeds_and_a_stale_one_conflicts()
    {
        var first = await _index.UpsertAsync(Entry("CR-2027-0001"), null, default);
        var second = await _index.UpsertAsync(Entry("CR-2027-0001") with { Stage = "Panel" }, first, default);

        var conflict = await Assert.ThrowsAsync<ReviewIndexConflictException>(() =>
            _index.UpsertAsync(Entry("CR-2027-0001") with { Stage = "Lost update" }, first, default));

        Assert.NotEqual(first, second);
        Assert.Equal("CR-2027-0001", conflict.Reference);
        Assert.Equal("Panel", (await _index.GetAsync("CR-2027-0001", default))!.Entry.Stage);
    }

    [Fact]
    public async Task Creating_an_entry_that_exists_conflicts_and_any_etag_overwrites()
    {
        await _index.UpsertAsync(Entry("CR-2027-0002"), null, default);

        await Assert.ThrowsAsync<ReviewIndexConflictException>(() => _index.UpsertAsync(Entry("CR-2027-0002"), null, default));
        await _index.UpsertAsync(Entry("CR-2027-0002", finished: true), ReviewIndexETag.Any, default);

        Assert.True((await _index.GetAsync("CR-2027-0002", default))!.Entry.Finished);
    }

    [Fact]
    public async Task Clearing_the_next_due_date_removes_it()
    {
        var etag = await _index.UpsertAsync(Entry("CR-2027-0003", nextDue: Now.AddDays(3)), null, default);
        await _index.UpsertAsync(Entry("CR-2027-0003"), etag, default);

        var entry = (await _index.GetAsync("CR-2027-0003", default))!.Entry;

        Assert.Null(entry.NextDue);
        Assert.Null(entry.NextDueStep);
    }

    [Fact]
    public async Task Listing_pages_in_reference_order_and_filters_by_openness_and_kind()
    {
        for (var i = 1; i <= 10; i++)
        {
            var kind = i % 2 == 0 ? "DHR" : "SCR";
            await _index.UpsertAsync(Entry($"CR-2027-{i:D4}", kind, finished: i % 3 == 0), null, default);
        }

        var all = await ListAll(new ReviewIndexQuery(), pageSize: 3);
        var open = await ListAll(new ReviewIndexQuery(OpenOnly: true), pageSize: 2);
        var openDhr = await ListAll(new ReviewIndexQuery(OpenOnly: true, Kind: "DHR"), pageSize: 1);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"CR-2027-{i:D4}"), all.Select(r => r.Entry.Reference));
        Assert.Equal([1, 2, 4, 5, 7, 8, 10], open.Select(r => int.Parse(r.Entry.Reference[^4..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["CR-2027-0002", "CR-2027-0004", "CR-2027-0008", "CR-2027-0010"], openDhr.Select(r => r.Entry.Reference));
    }

    [Fact]
    public async Task A_kind_with_a_quote_is_escaped_not_injected()
    {
        await _index.UpsertAsync(Entry("CR-2027-0020", kind: "O'Brien"), null, default);

        var page = await _index.ListAsync(new ReviewIndexQuery(Kind: "O'Brien"), 10, null, default);
        var injected = await _index.ListAsync(new ReviewIndexQuery(Kind: "x' or Kind ne 'x"), 10, null, default);

        Assert.Single(page.Items);
        Assert.Empty(injected.Items);
    }

    private async Task<List<ReviewIndexRecord>> ListAll(ReviewIndexQuery query, int pageSize)
    {
        var items = new List<ReviewIndexRecord>();
        string? continuation = null;
        do
        {
            var page = await _index.ListAsync(query, pageSize, continuation, default);
            Assert.True(page.Items.Count <= pageSize);
            items.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return items;
    }
}
