using Azure;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The review index in the <c>ReviewIndex</c> table, with ETag optimistic concurrency.</summary>
internal sealed class TableReviewIndex(CreatedOnFirstUse<TableClient> indexTable) : IReviewIndex
{
    public const int MaxPageSize = 1000;

    public async Task<string> UpsertAsync(ReviewIndexEntry entry, string? expectedETag, CancellationToken ct)
    {
        var entity = ReviewIndexEntities.ToEntity(entry);
        var table = await indexTable.GetAsync(ct).ConfigureAwait(false);
        try
        {
            var response = expectedETag switch
            {
                null => await table.AddEntityAsync(entity, ct).ConfigureAwait(false),
                ReviewIndexETag.Any => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct).ConfigureAwait(false),
                _ => await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, ct).ConfigureAwait(false),
            };
            return response.Headers.ETag?.ToString() ?? string.Empty;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && expectedETag is null)
        {
            throw new ReviewIndexConflictException(entry.Reference, ex, existed: true);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404 && expectedETag is not (null or ReviewIndexETag.Any))
        {
            throw new ReviewIndexConflictException(entry.Reference, ex, existed: false);
        }
    }

    public async Task<ReviewIndexRecord?> GetAsync(string reference, CancellationToken ct)
    {
        TableKeys.Validate(reference, nameof(reference), "review reference");
        var table = await indexTable.GetAsync(ct).ConfigureAwait(false);
        var entity = await table.FindAsync(ReviewIndexEntities.Partition, reference, ct).ConfigureAwait(false);
        return entity is null ? null : ReviewIndexEntities.ToRecord(entity);
    }

    public async Task<ReviewIndexPage> ListAsync(ReviewIndexQuery query, int pageSize, string? continuation, CancellationToken ct)
    {
        var filter = ReviewIndexEntities.Filter(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var from = QueryContinuation.Decode(continuation, filter, nameof(continuation));

        var table = await indexTable.GetAsync(ct).ConfigureAwait(false);
        var (rows, next) = await table.PageAsync(filter, pageSize, from, ct).ConfigureAwait(false);
        return new ReviewIndexPage([.. rows.Select(ReviewIndexEntities.ToRecord)], QueryContinuation.Encode(next, filter));
    }
}
