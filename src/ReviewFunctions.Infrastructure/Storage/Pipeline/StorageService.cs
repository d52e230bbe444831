namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The storage service a pipeline talks to; each signs requests differently.</summary>
internal enum StorageService
{
    Table,
    Blob,
}
