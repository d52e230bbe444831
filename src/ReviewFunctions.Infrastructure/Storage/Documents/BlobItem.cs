namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>A blob as the List Blobs operation describes it.</summary>
internal sealed record BlobItem(string Name, long Length, string ContentType, DateTimeOffset LastModified, IReadOnlyDictionary<string, string> Metadata);

/// <summary>One List Blobs page and the marker for the next, if any.</summary>
internal sealed record BlobListPage(IReadOnlyList<BlobItem> Items, string? NextMarker);

/// <summary>A downloaded blob.</summary>
internal sealed record BlobDownload(ReadOnlyMemory<byte> Content, string ContentType, IReadOnlyDictionary<string, string> Metadata);
