using System.Text;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Emulators.CaseFiles;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>Copies from documents in Azurite into the local vault, which keeps the names it was given.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class CaseFileCopiesTests(AzuriteFixture azurite) : IDisposable
{
    private const string Reference = "CR-2027-0031";

    private readonly IReviewDocumentStore documents = TestStorage.Create(azurite.Connection).Documents;
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("vault-");

    public void Dispose()
    {
        foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.IsReadOnly = false;
        }

        root.Delete(recursive: true);
    }

    [Fact]
    public async Task Copies_are_named_by_the_day_the_letter_went_or_the_referral_came_not_the_day_they_were_stored()
    {
        var vault = new LocalCaseFileVault(new LocalCaseFileVaultOptions { Root = root.FullName });
        await vault.SecureAsync(Reference, ["bm@board.example.org"]);
        await Put(DocumentCategory.Referral, "referral.json", DocumentDates.ReceivedAt, new DateTimeOffset(2027, 2, 8, 10, 42, 0, TimeSpan.Zero));
        await Put(DocumentCategory.Letters, "decision-notice-national-notification-1-main-letter.pdf", DocumentDates.SentAt, new DateTimeOffset(2027, 2, 19, 23, 30, 0, TimeSpan.Zero));
        await Put(DocumentCategory.Letters, "family-letter-family-letters-1-family-letter-1.html", null, null); // a document that records no day of its own
        var copies = new CaseFileCopies(documents, vault);

        await copies.FileReferralAsync(Reference, default);
        await copies.FileLettersAsync(Reference, "decision-notice", "national-notification", 1, default);
        await copies.FileLettersAsync(Reference, "family-letter", "family-letters", 1, default);
        await copies.FileLettersAsync(Reference, "family-letter", "family-letters", 1, default);

        var names = (await vault.GetAsync(Reference))!.Records.Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        var undated = (await documents.ListAsync(Reference, DocumentCategory.Letters, 10, null, default)).Items.Single(l => l.Path.Name.StartsWith("family-letter", StringComparison.Ordinal));
        var storedOn = UkTime.ToUkDate(undated.LastModified).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, names.Count);
        Assert.Single(names, n => n.StartsWith("referral-20270208-", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal));

        // 23:30 UTC on 19 February is still the 19th in London (GMT).
        Assert.Single(names, n => n.StartsWith("letter-20270219-", StringComparison.Ordinal) && n.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Single(names, n => n.StartsWith($"letter-{storedOn}-", StringComparison.Ordinal) && n.EndsWith(".html", StringComparison.Ordinal));
    }

    private Task<DocumentReceipt> Put(DocumentCategory category, string name, string? dateKey, DateTimeOffset? at)
    {
        var metadata = new Dictionary<string, string>();
        if (dateKey is not null)
        {
            metadata[dateKey] = DocumentDates.Format(at!.Value);
        }

        return documents.PutAsync(new DocumentPath(Reference, category, name), Encoding.UTF8.GetBytes(name), "application/octet-stream", metadata, default);
    }
}
