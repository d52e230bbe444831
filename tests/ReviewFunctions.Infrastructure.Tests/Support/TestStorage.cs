using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>Storage adapters on fresh, test-private tables and container.</summary>
internal static class TestStorage
{
    public static ReviewStorage Create(StorageConnection connection, int maxRetries = 5) =>
        ReviewStorage.Create(connection, Options(maxRetries));

    /// <summary>The SDK's own retries, with back-off in milliseconds rather than seconds so failing tests fail fast.</summary>
    public static StorageOptions Options(int maxRetries = 5) => new()
    {
        EventsTable = Unique.Table("Events"),
        IndexTable = Unique.Table("Index"),
        DocumentsContainer = Unique.Container(),
        Retry = new StorageRetryOptions { MaxRetries = maxRetries, Delay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
    };
}
