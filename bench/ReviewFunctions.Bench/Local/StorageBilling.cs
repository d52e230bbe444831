using ReviewFunctions.Emulators.Faults;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// Which billing category each request the proxy counts falls in. Every authenticated REST request is one billable
/// operation (Microsoft's "Map each REST operation to a price", MicrosoftDocs/azure-docs
/// articles/storage/blobs/map-rest-apis-transaction-categories.md, ms.date 05/14/2025); the blob kinds follow its
/// Standard general purpose v2 column. Table and queue kinds need no finer split: all of a table's meters, and both
/// queue classes, carry one price in <see cref="StoragePrices"/>. An entity-group transaction (a table batch) is one
/// request and is billed on the Tables "Batch Write Operations" meter, one operation per batch as infracost prices it;
/// we found no Microsoft page to confirm that a batch of many entities is one operation.
/// </summary>
internal static class StorageBilling
{
    public static BillingCategory Of(StorageOperation operation) => operation.Service switch
    {
        StorageService.Table => BillingCategory.TableTransactions,
        StorageService.Queue => BillingCategory.QueueOperations,
        _ => operation.Kind switch
        {
            // Put Blob, Put Block and Put Block List are writes. The proxy also counts Set Blob Metadata here, which
            // Microsoft bills as Other: the dearer category, so the cost is not understated.
            "write" => BillingCategory.BlobWrite,
            "read" => BillingCategory.BlobRead,
            "list" => BillingCategory.BlobListAndCreateContainer,

            // Create Container is list-and-create; the proxy counts container properties and ACLs (Other) with it,
            // again on the dearer side.
            "container admin" => BillingCategory.BlobListAndCreateContainer,
            "delete" => BillingCategory.Free,

            // Lease Blob, Lease Container and Get Blob Properties.
            _ => BillingCategory.BlobOther,
        },
    };
}
