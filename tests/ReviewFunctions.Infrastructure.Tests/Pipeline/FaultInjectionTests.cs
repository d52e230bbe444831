using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Pipeline;

/// <summary>Real requests to Azurite through a proxy that fails the first few: the retries and their waits are what users rely on.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class FaultInjectionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Throttled_and_busy_answers_are_retried_after_the_time_the_service_asked_for()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.TableHost);
        var delay = new RecordingDelay();
        var connection = StorageConnection.FromConnectionString(azurite.ConnectionString(tableEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName)));
        var events = TestStorage.Create(connection, delay).Events;
        var reference = Unique.Reference();

        await events.ReadAsync(reference, 0, 10, null, default);
        var before = proxy.Requests.Count;

        proxy.FailNext(1, 503, "ServerBusy", ("Retry-After", "2"));
        proxy.FailNext(1, 429, "TooManyRequests", ("x-ms-retry-after-ms", "1500"));
        var version = await events.AppendAsync(reference, 0, [new NewEvent("ReferralReceived", "{}")], Now, default);

        Assert.Equal(1, version);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(1500)], delay.Waits);
        Assert.Equal(["POST 503", "POST 429", "POST 202"], proxy.Requests.Skip(before));
        Assert.Single(await events.ReadAllAsync(reference, default).ToListAsync());
    }

    [Fact]
    public async Task A_blob_upload_survives_a_busy_service_and_is_stored_once()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.BlobHost);
        var delay = new RecordingDelay();
        var connection = StorageConnection.FromConnectionString(azurite.ConnectionString(blobEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName)));
        var documents = TestStorage.Create(connection, delay).Documents;
        var path = new DocumentPath("CR-2027-0004", DocumentCategory.Evidence, "retried.pdf");

        await documents.PutAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "first.txt"), "x"u8.ToArray(), "text/plain", new Dictionary<string, string>(), default);
        var before = proxy.Requests.Count;
        proxy.FailNext(2, 503, "ServerBusy", ("Retry-After", "1"));
        var receipt = await documents.PutAsync(path, "%PDF"u8.ToArray(), "application/pdf", new Dictionary<string, string>(), default);

        Assert.False(receipt.AlreadyStored);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], delay.Waits);
        Assert.Equal(["PUT 503", "PUT 503", "PUT 201"], proxy.Requests.Skip(before));
        Assert.Equal("%PDF"u8.ToArray(), (await documents.GetAsync(path, default))!.Content.ToArray());
    }

    [Fact]
    public async Task Retries_that_run_out_surface_the_status_and_error_code()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.TableHost);
        var delay = new RecordingDelay();
        var connection = StorageConnection.FromConnectionString(azurite.ConnectionString(tableEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName)));
        var index = TestStorage.Create(connection, delay, maxRetries: 2).Index;

        proxy.FailNext(3, 503, "ServerBusy");
        var error = await Assert.ThrowsAsync<StorageRequestException>(() => index.GetAsync("CR-2027-0004", default));

        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(2, delay.Waits.Count);
    }

    [Fact]
    public async Task A_wrong_account_key_surfaces_the_services_authorization_error_without_retrying()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var delay = new RecordingDelay();
        var storage = TestStorage.Create(StorageConnection.FromConnectionString(azurite.ConnectionString(accountKey: wrongKey)), delay);

        var tableError = await Assert.ThrowsAsync<StorageRequestException>(() => storage.Index.GetAsync("CR-2027-0004", default));
        var blobError = await Assert.ThrowsAsync<StorageRequestException>(() =>
            storage.Documents.GetAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "a.pdf"), default));

        Assert.Equal(403, tableError.Status);
        Assert.Equal("AuthorizationFailure", tableError.ErrorCode);
        Assert.Equal(403, blobError.Status);
        Assert.Equal("AuthorizationFailure", blobError.ErrorCode);
        Assert.DoesNotContain(wrongKey, tableError.Message, StringComparison.Ordinal);
        Assert.Empty(delay.Waits);
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
