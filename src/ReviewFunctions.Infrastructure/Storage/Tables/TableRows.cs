using Azure;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The few ways the adapters read and write single rows and pages of rows with the SDK's <see cref="TableClient"/>.</summary>
internal static class TableRows
{
    /// <summary>The row, or null when there is none.</summary>
    public static async Task<TableEntity?> FindAsync(this TableClient table, string partitionKey, string rowKey, CancellationToken ct, IEnumerable<string>? select = null)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, ct).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>Inserts the row and returns its ETag, or null when a row with its keys already exists (409).</summary>
    public static async Task<ETag?> TryAddAsync(this TableClient table, TableEntity row, CancellationToken ct)
    {
        try
        {
            return (await table.AddEntityAsync(row, ct).ConfigureAwait(false)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    /// <summary>
    /// Up to <paramref name="pageSize"/> rows from where <paramref name="next"/> left off, and where the following page
    /// starts. The service may stop a page early (or return none) and still hand back a continuation, so this reads on
    /// until the page is full or the rows run out.
    /// </summary>
    public static async Task<(List<TableEntity> Rows, string? Next)> PageAsync(this TableClient table, string filter, int pageSize, string? next, CancellationToken ct)
    {
        var rows = new List<TableEntity>(pageSize);
        do
        {
            var wanted = pageSize - rows.Count;
            var from = next;
            next = null;
            await foreach (var page in table.QueryAsync<TableEntity>(filter, wanted, cancellationToken: ct).AsPages(from, wanted).ConfigureAwait(false))
            {
                rows.AddRange(page.Values);
                next = page.ContinuationToken;
                break;
            }
        }
        while (next is not null && rows.Count < pageSize);

        return (rows, next);
    }
}
