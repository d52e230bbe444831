using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>
/// Runs the repository's pinned Azurite in memory on free loopback ports for the tests in <see cref="AzuriteGroup"/>,
/// and stops it afterwards. Tests isolate themselves with unique table, container and review names rather than
/// relying on a fresh server.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = AzuriteProcess.AccountName;

    public const string AccountKey = AzuriteProcess.AccountKey;

    private AzuriteProcess? azurite;

    private AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public Uri TableEndpoint => Azurite.TableEndpoint;

    public Uri BlobEndpoint => Azurite.BlobEndpoint;

    public Uri TableHost => Azurite.TableHost;

    public Uri BlobHost => Azurite.BlobHost;

    public StorageConnection Connection => StorageConnection.FromConnectionString(ConnectionString());

    /// <summary>A connection string with explicit endpoints, the way a Functions app points at Azurite on custom ports.</summary>
    public string ConnectionString(string accountKey = AccountKey, Uri? tableEndpoint = null, Uri? blobEndpoint = null) =>
        Azurite.ConnectionString(accountKey, tableEndpoint, blobEndpoint);

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
