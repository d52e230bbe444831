using System.Net;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Pipeline;

public sealed class BearerTokenTests
{
    [Fact]
    public async Task Identity_settings_send_bearer_tokens_for_the_storage_scope_to_both_services()
    {
        var connection = StorageConnection.FromSettings(name => name == "AzureWebJobsStorage__accountName" ? "reviewsprod" : null);
        var credential = new FakeTokenCredential("fake-token");
        var harness = new PipelineHarness(connection, credential: credential)
            .Then(HttpStatusCode.NoContent)
            .Then(HttpStatusCode.NotFound, "ResourceNotFound")
            .Then(HttpStatusCode.NotFound, "BlobNotFound");

        Assert.Null(await harness.Storage.Index.GetAsync("CR-2027-0004", default));
        Assert.Null(await harness.Storage.Documents.GetAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "a.pdf"), default));

        Assert.All(harness.Handler.Requests, r => Assert.Equal("Bearer fake-token", r.Headers.Authorization?.ToString()));
        Assert.Equal(
            ["reviewsprod.table.core.windows.net", "reviewsprod.table.core.windows.net", "reviewsprod.blob.core.windows.net"],
            harness.Handler.Requests.Select(r => r.RequestUri!.Host));
        Assert.Equal("2019-02-02", harness.Handler.Requests[1].Headers.GetValues("x-ms-version").Single());
        Assert.All(credential.Scopes, s => Assert.Equal("https://storage.azure.com/.default", s));
        Assert.NotEmpty(credential.Scopes);
    }
}
