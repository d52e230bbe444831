namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The storage adapters for one account: review events and index in Table storage, documents in Blob storage.
/// Create once per process; each service shares one HTTP pipeline.
/// </summary>
public sealed class ReviewStorage
{
    private ReviewStorage(IReviewEventStore events, IReviewIndex index, IReviewDocumentStore documents)
    {
        Events = events;
        Index = index;
        Documents = documents;
    }

    public IReviewEventStore Events { get; }

    public IReviewIndex Index { get; }

    public IReviewDocumentStore Documents { get; }

    public static ReviewStorage Create(StorageConnection connection, StorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new StorageOptions();
        var eventsTable = TableNames.Validate(options.EventsTable, nameof(StorageOptions.EventsTable));
        var indexTable = TableNames.Validate(options.IndexTable, nameof(StorageOptions.IndexTable));
        var container = ContainerNames.Validate(options.DocumentsContainer, nameof(StorageOptions.DocumentsContainer));

        var tablePipeline = StoragePipelineFactory.Create(StorageService.Table, connection, options);
        var blobPipeline = StoragePipelineFactory.Create(StorageService.Blob, connection, options);
        return new ReviewStorage(
            new TableReviewEventStore(new TableClient(tablePipeline, connection.TableEndpoint, eventsTable)),
            new TableReviewIndex(new TableClient(tablePipeline, connection.TableEndpoint, indexTable)),
            new BlobReviewDocumentStore(new BlobClient(blobPipeline, connection.BlobEndpoint, container)));
    }
}
