using System.Security.Cryptography;
using System.Text;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Documents;

/// <summary>Writes blobs behind the store's back to check what it does when storage holds something unexpected.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class DocumentIntegrityTests(AzuriteFixture azurite)
{
    private readonly string _container = Unique.Container();

    private BlobClient RawBlobs()
    {
        var pipeline = StoragePipelineFactory.Create(StorageService.Blob, azurite.Connection, new StorageOptions());
        return new BlobClient(pipeline, azurite.BlobEndpoint, _container);
    }

    private IReviewDocumentStore Store() =>
        ReviewStorage.Create(azurite.Connection, new StorageOptions { DocumentsContainer = _container }).Documents;

    [Fact]
    public async Task Content_that_no_longer_matches_its_recorded_hash_is_refused_on_read()
    {
        var blobs = RawBlobs();
        await blobs.EnsureContainerAsync(default);
        var content = Encoding.UTF8.GetBytes("changed after upload");
        var wrongHash = new Dictionary<string, string> { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData("original"u8)) };
        await blobs.PutAsync("CR-2027-0004/evidence/a.txt", content, "text/plain", DocumentHashes.Md5(content), wrongHash, createOnly: false, default);

        var error = await Assert.ThrowsAsync<DocumentIntegrityException>(() =>
            Store().GetAsync(new DocumentPath("CR-2027-0004", DocumentCategory.Evidence, "a.txt"), default));

        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_checks_content_md5_so_a_damaged_upload_is_rejected()
    {
        var blobs = RawBlobs();
        await blobs.EnsureContainerAsync(default);
        var content = Encoding.UTF8.GetBytes("body");

        var error = await Assert.ThrowsAsync<StorageRequestException>(() =>
            blobs.PutAsync("CR-2027-0004/letters/a.txt", content, "text/plain", DocumentHashes.Md5("other"u8), new Dictionary<string, string>(), false, default));

        Assert.Equal(400, error.Status);
        Assert.Equal("Md5Mismatch", error.ErrorCode);
    }
}
