using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>Storage adapters on fresh, test-private tables and container, with waits recorded rather than slept.</summary>
internal static class TestStorage
{
    public static ReviewStorage Create(StorageConnection connection, RecordingDelay? delay = null, int maxRetries = 5) =>
        ReviewStorage.Create(connection, Options(delay ?? new RecordingDelay(), maxRetries));

    public static StorageOptions Options(RecordingDelay delay, int maxRetries = 5) => new()
    {
        EventsTable = Unique.Table("Events"),
        IndexTable = Unique.Table("Index"),
        DocumentsContainer = Unique.Container(),
        Retry = new StorageRetryOptions { MaxRetries = maxRetries, Delay = delay.Wait },
    };
}
