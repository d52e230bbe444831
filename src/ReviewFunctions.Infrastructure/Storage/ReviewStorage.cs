namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The storage adapters for one account: review events, their snapshots and the index in Table storage, documents in
/// Blob storage. Create once per process: the SDK clients it holds are meant to live that long.
/// </summary>
public sealed class ReviewStorage
{
    private ReviewStorage(IReviewEventStore events, IReviewSnapshotStore snapshots, IReviewIndex index, IReviewDocumentStore documents)
    {
        Events = events;
        Snapshots = snapshots;
        Index = index;
        Documents = documents;
    }

    public IReviewEventStore Events { get; }

    /// <summary>Each review's state snapshot, in the events table beside the review's events.</summary>
    public IReviewSnapshotStore Snapshots { get; }

    public IReviewIndex Index { get; }

    public IReviewDocumentStore Documents { get; }

    public static ReviewStorage Create(StorageConnection connection, StorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new StorageOptions();
        var eventsTable = TableNames.Validate(options.EventsTable, nameof(StorageOptions.EventsTable));
        var indexTable = TableNames.Validate(options.IndexTable, nameof(StorageOptions.IndexTable));
        var container = ContainerNames.Validate(options.DocumentsContainer, nameof(StorageOptions.DocumentsContainer));

        var tables = StorageClients.Tables(connection, options);
        var events = StorageClients.Table(tables, eventsTable);
        return new ReviewStorage(
            new TableReviewEventStore(events),
            new TableReviewSnapshotStore(events),
            new TableReviewIndex(StorageClients.Table(tables, indexTable)),
            new BlobReviewDocumentStore(StorageClients.Container(StorageClients.Blobs(connection, options), container)));
    }
}
