namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The review index in the <c>ReviewIndex</c> table, with ETag optimistic concurrency.</summary>
internal sealed class TableReviewIndex(TableClient table) : IReviewIndex
{
    public const int MaxPageSize = 1000;

    public async Task<string> UpsertAsync(ReviewIndexEntry entry, string? expectedETag, CancellationToken ct)
    {
        var entity = ReviewIndexEntities.ToEntity(entry);
        var mode = expectedETag switch
        {
            null => TableWrite.Insert,
            ReviewIndexETag.Any => TableWrite.Upsert,
            _ => TableWrite.Replace,
        };

        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        try
        {
            return await table.WriteAsync(entity, mode, expectedETag, "write review index", ct).ConfigureAwait(false);
        }
        catch (StorageRequestException ex) when (ex.Status == 409 && mode == TableWrite.Insert)
        {
            throw new ReviewIndexConflictException(entry.Reference, ex, existed: true);
        }
        catch (StorageRequestException ex) when (ex.Status is 412 or 404 && mode == TableWrite.Replace)
        {
            throw new ReviewIndexConflictException(entry.Reference, ex, existed: false);
        }
    }

    public async Task<ReviewIndexRecord?> GetAsync(string reference, CancellationToken ct)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var entity = await table.GetAsync(ReviewIndexEntities.Partition, reference, "read review index", ct).ConfigureAwait(false);
        return entity is null ? null : ReviewIndexEntities.ToRecord(entity);
    }

    public async Task<ReviewIndexPage> ListAsync(ReviewIndexQuery query, int pageSize, string? continuation, CancellationToken ct)
    {
        var filter = ReviewIndexEntities.Filter(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var next = TableContinuation.Decode(continuation, filter, nameof(continuation));

        await table.EnsureExistsAsync(ct).ConfigureAwait(false);
        var items = new List<ReviewIndexRecord>(pageSize);

        // Filters can make the service return short or empty pages; keep going until the page is full or the end.
        do
        {
            var page = await table.QueryAsync(filter, pageSize - items.Count, next, "list review index", ct).ConfigureAwait(false);
            items.AddRange(page.Entities.Select(ReviewIndexEntities.ToRecord));
            next = page.Continuation;
        }
        while (next is not null && items.Count < pageSize);

        return new ReviewIndexPage(items, next?.Encode(filter));
    }
}
