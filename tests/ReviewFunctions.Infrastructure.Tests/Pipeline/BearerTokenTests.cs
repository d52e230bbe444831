using System.Net;
using Azure.Core.Pipeline;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Pipeline;

public sealed class BearerTokenTests
{
    [Fact]
    public async Task Identity_settings_send_bearer_tokens_for_the_storage_scope_to_the_accounts_https_endpoints()
    {
        var connection = StorageConnection.FromSettings(name => name == "AzureWebJobsStorage__accountName" ? "reviewsprod" : null);
        var credential = new FakeTokenCredential("fake-token");

        // Creating the table or container answers 204 or 201; every read finds nothing.
        var handler = new CapturingHandler((request, _) => Task.FromResult(CapturingHandler.Status(
            request.Method == HttpMethod.Get ? HttpStatusCode.NotFound : request.Method == HttpMethod.Post ? HttpStatusCode.NoContent : HttpStatusCode.Created,
            request.Method == HttpMethod.Get ? "ResourceNotFound" : null)));
        var storage = ReviewStorage.Create(connection, new StorageOptions { Credential = credential, Transport = new HttpClientTransport(new HttpClient(handler)) });

        Assert.Null(await storage.Index.GetAsync("CR-2027-0004", default));
        Assert.Null(await storage.Documents.GetAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "a.pdf"), default));

        Assert.Equal(
            ["POST https://reviewsprod.table.core.windows.net/Tables", "GET https://reviewsprod.table.core.windows.net/ReviewIndex(PartitionKey='review',RowKey='CR-2027-0004')", "PUT https://reviewsprod.blob.core.windows.net/review-documents", "GET https://reviewsprod.blob.core.windows.net/review-documents/CR-2027-0004/letters/a.pdf"],
            handler.Requests.Select(r => $"{r.Method} {r.RequestUri!.GetLeftPart(UriPartial.Path)}"));
        Assert.All(handler.Requests, r => Assert.Equal("Bearer fake-token", r.Headers.Authorization?.ToString()));
        Assert.NotEmpty(credential.Scopes);
        Assert.All(credential.Scopes, s => Assert.Equal("https://storage.azure.com/.default", s));
    }
}
