using System.Net;
using System.Net.Sockets;
using ReviewFunctions.Infrastructure.Health;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Health;

/// <summary>The storage check against a real Azurite, and against one that is not there or refuses the key.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class StorageCheckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task With_Azurite_running_storage_is_ok_even_before_the_first_review_creates_its_table_and_container()
    {
        var (report, _) = await HealthRun.CheckAsync(StorageCheck.For(azurite.Connection, TestStorage.Options()));

        Assert.Equal(DependencyStatus.Ok, report.Status("storage"));
        Assert.Equal(200, report.HttpStatus);
    }

    [Fact]
    public async Task With_rows_and_documents_stored_storage_is_ok()
    {
        var options = TestStorage.Options();
        var storage = ReviewStorage.Create(azurite.Connection, options);
        await storage.Documents.PutAsync(new DocumentPath(Unique.Reference(), DocumentCategory.Evidence, "note.txt"), "x"u8.ToArray(), "text/plain", new Dictionary<string, string>(), default);

        var (report, _) = await HealthRun.CheckAsync(StorageCheck.For(azurite.Connection, options));

        Assert.Equal(DependencyStatus.Ok, report.Status("storage"));
    }

    [Fact]
    public async Task With_nothing_listening_storage_is_failing_unreachable_and_the_answer_is_503_naming_storage()
    {
        var closed = ClosedPort();
        var connectionString = azurite.ConnectionString(
            tableEndpoint: new Uri($"http://127.0.0.1:{closed}/{AzuriteFixture.AccountName}"),
            blobEndpoint: new Uri($"http://127.0.0.1:{closed}/{AzuriteFixture.AccountName}"));

        var (report, body) = await HealthRun.CheckAsync(StorageCheck.For(StorageConnection.FromConnectionString(connectionString)));

        Assert.Equal(503, report.HttpStatus);
        Assert.Equal(["storage"], report.Failing);
        Assert.Equal("unreachable", report.Status("storage").Reason);
        Assert.DoesNotContain(AzuriteFixture.AccountKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteFixture.AccountName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.ToString(System.Globalization.CultureInfo.InvariantCulture), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_wrong_account_key_storage_is_refused_403_and_neither_key_nor_connection_string_is_in_the_answer()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 64).ToArray());
        var connectionString = azurite.ConnectionString(accountKey: wrongKey);

        var (report, body) = await HealthRun.CheckAsync(StorageCheck.For(StorageConnection.FromConnectionString(connectionString)));

        Assert.Equal(["storage"], report.Failing);
        Assert.Equal("refused: 403", report.Status("storage").Reason);
        Assert.DoesNotContain(wrongKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain(connectionString, body, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteFixture.AccountName, body, StringComparison.Ordinal);
    }

    /// <summary>A loopback port that was free a moment ago, so a connection to it is refused at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
