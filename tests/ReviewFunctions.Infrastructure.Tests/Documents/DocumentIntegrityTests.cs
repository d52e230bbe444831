using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Documents;

/// <summary>What the store does when a document is changed behind its back, or damaged on its way to storage.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class DocumentIntegrityTests(AzuriteFixture azurite)
{
    private readonly string _container = Unique.Container();

    private async Task<BlobContainerClient> RawContainerAsync()
    {
        var container = StorageClients.Blobs(azurite.Connection, new StorageOptions()).GetBlobContainerClient(_container);
        await container.CreateIfNotExistsAsync();
        return container;
    }

    private IReviewDocumentStore Store(StorageConnection? connection = null) =>
        ReviewStorage.Create(connection ?? azurite.Connection, new StorageOptions { DocumentsContainer = _container }).Documents;

#pragma warning disable CA5351 // Content-MD5 is MD5 by definition; it guards the transfer, not identity or security.
    private static byte[] Md5(byte[] content) => MD5.HashData(content);
#pragma warning restore CA5351

    [Fact]
    public async Task Content_that_no_longer_matches_its_recorded_hash_is_refused_on_read()
    {
        var container = await RawContainerAsync();
        var wrongHash = new Dictionary<string, string> { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData("original"u8)) };
        await container.GetBlobClient("CR-2027-0004/evidence/a.txt").UploadAsync(BinaryData.FromString("changed after upload"), new BlobUploadOptions { Metadata = wrongHash });

        var error = await Assert.ThrowsAsync<DocumentIntegrityException>(() =>
            Store().GetAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Evidence, "a.txt"), default));

        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_carry_content_md5_so_a_body_damaged_on_the_way_is_refused()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.BlobHost);
        var store = Store(StorageConnection.FromConnectionString(azurite.ConnectionString(blobEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName))));
        var content = Encoding.UTF8.GetBytes("letter body");
        var damagedPath = new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "b.txt");

        await store.PutAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "a.txt"), content, "text/plain", new Dictionary<string, string>(), default);
        proxy.DamageNextBody();
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => store.PutAsync(damagedPath, content, "text/plain", new Dictionary<string, string>(), default));

        Assert.All(proxy.Seen.Where(r => r.Method == "PUT" && r.BodyLength > 0), r => Assert.Equal(Convert.ToBase64String(Md5(content)), r.ContentMd5));
        Assert.Equal((400, "Md5Mismatch"), (error.Status, error.ErrorCode));
        Assert.Null(await store.GetAsync(damagedPath, default));
    }
}
