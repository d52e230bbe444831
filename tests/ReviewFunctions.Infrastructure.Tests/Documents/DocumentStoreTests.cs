using System.Security.Cryptography;
using System.Text;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Documents;

[Collection(AzuriteGroup.Name)]
public sealed class DocumentStoreTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    private readonly IReviewDocumentStore _documents = TestStorage.Create(azurite.Connection).Documents;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task A_document_reads_back_with_type_metadata_and_verified_hash()
    {
        var path = new DocumentPath("CR-2027-0004", DocumentCategory.Referral, "referral-email.eml");
        var content = Bytes("From: a board\r\n\r\nReferral body");
        var metadata = new Dictionary<string, string> { ["source"] = "mailbox", ["receivedAt"] = "2027-03-01T09:30:00Z" };

        var receipt = await _documents.PutAsync(path, content, "message/rfc822", metadata, default);
        var stored = await _documents.GetAsync(path, default);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), receipt.Sha256);
        Assert.False(receipt.AlreadyStored);
        Assert.NotNull(stored);
        Assert.Equal(content, stored.Content.ToArray());
        Assert.Equal("message/rfc822", stored.ContentType);
        Assert.Equal(receipt.Sha256, stored.Sha256);
        Assert.Equal("mailbox", stored.Metadata["source"]);
        Assert.Equal("2027-03-01T09:30:00Z", stored.Metadata["receivedAt"]);
        Assert.False(stored.Metadata.ContainsKey("sha256"));
    }

    [Fact]
    public async Task Storing_the_same_evidence_again_is_idempotent()
    {
        var path = new DocumentPath("CR-2027-0004", DocumentCategory.Evidence, "chronology-v1.pdf");
        var first = await _documents.PutAsync(path, Bytes("%PDF chronology"), "application/pdf", NoMetadata, default);

        var again = await _documents.PutAsync(path, Bytes("%PDF chronology"), "application/pdf", NoMetadata, default);

        Assert.True(again.AlreadyStored);
        Assert.Equal(first.Sha256, again.Sha256);
    }

    [Fact]
    public async Task Different_evidence_under_an_existing_name_is_refused_and_the_original_kept()
    {
        var path = new DocumentPath("CR-2027-0004", DocumentCategory.Evidence, "statement-01.pdf");
        await _documents.PutAsync(path, Bytes("original"), "application/pdf", NoMetadata, default);

        var error = await Assert.ThrowsAsync<EvidenceAlreadyExistsException>(() =>
            _documents.PutAsync(path, Bytes("tampered"), "application/pdf", NoMetadata, default));

        Assert.Equal(path, error.Path);
        Assert.Equal(Bytes("original"), (await _documents.GetAsync(path, default))!.Content.ToArray());
    }

    [Fact]
    public async Task Letters_can_be_replaced()
    {
        var path = new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "notice-to-panel.docx");
        await _documents.PutAsync(path, Bytes("draft"), "application/octet-stream", NoMetadata, default);

        await _documents.PutAsync(path, Bytes("final"), "application/octet-stream", NoMetadata, default);

        Assert.Equal(Bytes("final"), (await _documents.GetAsync(path, default))!.Content.ToArray());
    }

    [Fact]
    public async Task A_missing_document_is_null()
    {
        Assert.Null(await _documents.GetAsync(new DocumentPath("CR-2027-0404", DocumentCategory.Letters, "none.pdf"), default));
    }

    [Fact]
    public async Task Listing_pages_through_one_review_and_one_category()
    {
        for (var i = 1; i <= 5; i++)
        {
            await _documents.PutAsync(new DocumentPath("CR-2027-0007", DocumentCategory.Evidence, $"item-{i}.txt"), Bytes($"e{i}"), "text/plain", NoMetadata, default);
        }

        await _documents.PutAsync(new DocumentPath("CR-2027-0007", DocumentCategory.Letters, "letter.txt"), Bytes("l"), "text/plain", NoMetadata, default);
        await _documents.PutAsync(new DocumentPath("CR-2027-0070", DocumentCategory.Letters, "other-review.txt"), Bytes("o"), "text/plain", NoMetadata, default);
        await _documents.PutAsync(new DocumentPath(DocumentPath.Unassigned, DocumentCategory.Quarantine, "bad-input.eml"), Bytes("q"), "message/rfc822", NoMetadata, default);

        var evidence = new List<DocumentListing>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await _documents.ListAsync("CR-2027-0007", DocumentCategory.Evidence, 2, continuation, default);
            evidence.AddRange(page.Items);
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null);

        var wholeReview = await _documents.ListAsync("CR-2027-0007", null, 100, null, default);
        var quarantine = await _documents.ListAsync(DocumentPath.Unassigned, DocumentCategory.Quarantine, 100, null, default);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"CR-2027-0007/evidence/item-{i}.txt"), evidence.Select(d => d.Path.ToString()));
        Assert.All(evidence, d => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Bytes("e" + d.Path.Name[5]))), d.Sha256));
        Assert.Equal(6, wholeReview.Items.Count);
        Assert.Equal("bad-input.eml", Assert.Single(quarantine.Items).Path.Name);
    }

    [Theory]
    [InlineData("CR-2027-0004", "..")]
    [InlineData("CR-2027-0004", "a/b.pdf")]
    [InlineData("CR-2027-0004", "a..b.pdf")]
    [InlineData("CR-2027-0004", ".hidden")]
    [InlineData("CR-2027-0004", "name with spaces.pdf")]
    [InlineData("../etc", "passwd")]
    [InlineData("CR/2027", "a.pdf")]
    [InlineData("CR-2027-0004\n", "a.pdf")]
    [InlineData("CR-2027-0004", "a.pdf\n")]
    public void Paths_that_could_escape_or_smuggle_text_are_refused(string reference, string name)
    {
        Assert.Throws<ArgumentException>(() => new DocumentPath(reference, DocumentCategory.Evidence, name));
    }

    [Theory]
    [InlineData("sha256", "x")]
    [InlineData("has-dash", "x")]
    [InlineData("note", " padded")]
    [InlineData("note", "non-ascii é")]
    public async Task Metadata_that_cannot_travel_as_headers_is_refused(string key, string value)
    {
        var path = new DocumentPath("CR-2027-0004", DocumentCategory.Letters, "m.txt");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            _documents.PutAsync(path, Bytes("x"), "text/plain", new Dictionary<string, string> { [key] = value }, default));
    }
}
