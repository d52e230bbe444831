using Azure;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Pipeline;

/// <summary>
/// Real requests to Azurite through a proxy that fails the first few: the SDK's retries, and the waits the service
/// asks for, are what users rely on. The tests' own back-off is 20-200 ms, so a wait of a second or more can only
/// come from honouring Retry-After.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class FaultInjectionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    // Timer and scheduling slack when checking a wait was at least as long as asked.
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task Throttled_and_busy_answers_are_retried_after_the_time_the_service_asked_for()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.TableHost);
        var connection = StorageConnection.FromConnectionString(azurite.ConnectionString(tableEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName)));
        var events = TestStorage.Create(connection).Events;
        var reference = Unique.Reference();

        await events.ReadAsync(reference, 0, 10, null, default);
        var before = proxy.Seen.Count;

        proxy.FailNext(1, 503, "ServerBusy", ("Retry-After", "1"));
        proxy.FailNext(1, 429, "TooManyRequests", ("x-ms-retry-after-ms", "700"));
        var version = await events.AppendAsync(reference, 0, [new NewEvent("ReferralReceived", "{}")], Now, default);

        var tries = proxy.Seen.Skip(before).ToList();
        Assert.Equal(1, version);
        Assert.Equal(["POST 503", "POST 429", "POST 202"], proxy.Requests.Skip(before));
        Assert.True(tries[1].ArrivedAt - tries[0].ArrivedAt >= TimeSpan.FromSeconds(1) - Slack, $"Retried after {tries[1].ArrivedAt - tries[0].ArrivedAt}, not the 1 s asked for.");
        Assert.True(tries[2].ArrivedAt - tries[1].ArrivedAt >= TimeSpan.FromMilliseconds(700) - Slack, $"Retried after {tries[2].ArrivedAt - tries[1].ArrivedAt}, not the 700 ms asked for.");
        Assert.Single(await events.ReadAllAsync(reference, default).ToListAsync());
    }

    [Fact]
    public async Task A_blob_upload_survives_a_busy_service_and_is_stored_once()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.BlobHost);
        var connection = StorageConnection.FromConnectionString(azurite.ConnectionString(blobEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName)));
        var documents = TestStorage.Create(connection).Documents;
        var path = new DocumentPath("CR-2027-0004", DocumentCategory.Evidence, "retried.pdf");

        await documents.PutAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "first.txt"), "x"u8.ToArray(), "text/plain", new Dictionary<string, string>(), default);
        var before = proxy.Seen.Count;
        proxy.FailNext(2, 503, "ServerBusy", ("Retry-After", "1"));
        var receipt = await documents.PutAsync(path, "%PDF"u8.ToArray(), "application/pdf", new Dictionary<string, string>(), default);

        var tries = proxy.Seen.Skip(before).ToList();
        Assert.False(receipt.AlreadyStored);
        Assert.Equal(["PUT 503", "PUT 503", "PUT 201"], proxy.Requests.Skip(before));
        Assert.All(tries.Zip(tries.Skip(1)), pair => Assert.True(pair.Second.ArrivedAt - pair.First.ArrivedAt >= TimeSpan.FromSeconds(1) - Slack));
        Assert.Equal("%PDF"u8.ToArray(), (await documents.GetAsync(path, default))!.Content.ToArray());
    }

    [Fact]
    public async Task Retries_that_run_out_surface_the_status_and_error_code()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.TableHost);
        var connection = StorageConnection.FromConnectionString(azurite.ConnectionString(tableEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName)));
        var index = TestStorage.Create(connection, maxRetries: 2).Index;
        await index.GetAsync("CR-2027-0004", default);
        var before = proxy.Seen.Count;

        proxy.FailNext(3, 503, "ServerBusy");
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => index.GetAsync("CR-2027-0004", default));

        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(["GET 503", "GET 503", "GET 503"], proxy.Requests.Skip(before));
    }

    [Fact]
    public async Task A_wrong_account_key_surfaces_the_services_authorization_error_without_retrying()
    {
        await using var tableProxy = await FaultProxy.StartAsync(azurite.TableHost);
        await using var blobProxy = await FaultProxy.StartAsync(azurite.BlobHost);
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var connection = StorageConnection.FromConnectionString(azurite.ConnectionString(
            accountKey: wrongKey,
            tableEndpoint: new Uri(tableProxy.Address, AzuriteFixture.AccountName),
            blobEndpoint: new Uri(blobProxy.Address, AzuriteFixture.AccountName)));
        var storage = TestStorage.Create(connection);

        var tableError = await Assert.ThrowsAsync<RequestFailedException>(() => storage.Index.GetAsync("CR-2027-0004", default));
        var blobError = await Assert.ThrowsAsync<RequestFailedException>(() =>
            storage.Documents.GetAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "a.pdf"), default));

        // Azurite answers a table's authorisation failure in XML, which the Tables SDK does not read for an error code; Azure answers in JSON.
        Assert.Equal(403, tableError.Status);
        Assert.Equal((403, "AuthorizationFailure"), (blobError.Status, blobError.ErrorCode));
        Assert.DoesNotContain(wrongKey, tableError.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, blobError.Message, StringComparison.Ordinal);
        Assert.Single(tableProxy.Seen);
        Assert.Single(blobProxy.Seen);
    }

    [Fact]
    public async Task Development_storage_style_connection_strings_work_against_azurite()
    {
        var storage = TestStorage.Create(azurite.Connection);
        var reference = Unique.Reference();

        await storage.Events.AppendAsync(reference, 0, [new NewEvent("ReferralReceived", "{}")], Now, default);

        Assert.Equal("ReferralReceived", Assert.Single(await storage.Events.ReadAllAsync(reference, default).ToListAsync()).Type);
    }
}
