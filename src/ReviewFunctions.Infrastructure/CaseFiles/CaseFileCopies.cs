using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// Files copies of the review's documents in its case file: the referral as received, and every letter once sent.
/// Names carry only the kind, the UK day and an id derived from the stored document's path, so filing the same
/// document again is harmless and no name ever carries a person's details.
/// </summary>
public sealed class CaseFileCopies(IReviewDocumentStore documents, ICaseFileStore caseFiles)
{
    public Task FileReferralAsync(string reference, CancellationToken ct) =>
        FileAsync(reference, DocumentCategory.Referral, null, "referral", ct);

    /// <summary>Files the letters kept for one notice (named <c>{notice}-{step}-{occurrence}-…</c> in the evidence).</summary>
    public Task FileLettersAsync(string reference, string notice, string step, int occurrence, CancellationToken ct) =>
        FileAsync(reference, DocumentCategory.Letters, $"{notice}-{step}-{occurrence.ToString(CultureInfo.InvariantCulture)}-", "letter", ct);

    private async Task FileAsync(string reference, DocumentCategory category, string? prefix, string kind, CancellationToken ct)
    {
        string? continuation = null;
        do
        {
            var page = await documents.ListAsync(reference, category, 200, continuation, ct).ConfigureAwait(false);
            foreach (var listing in page.Items.Where(l => prefix is null || l.Path.Name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var content = await documents.GetAsync(listing.Path, ct).ConfigureAwait(false);
                if (content is not null)
                {
                    await caseFiles.PlaceRecordAsync(reference, NameFor(kind, listing, content.Metadata), content.Content, ct).ConfigureAwait(false);
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    /// <summary>
    /// The day the letter was sent or the referral received, as the document records it (a review run on a moved clock
    /// keeps its own days), else the day it was stored; never the day it is filed, so filing it again gives the same name.
    /// </summary>
    private static string NameFor(string kind, DocumentListing listing, IReadOnlyDictionary<string, string> metadata)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.Path.ToString())))[..32];
        var extension = Path.GetExtension(listing.Path.Name).TrimStart('.').ToLowerInvariant();
        return $"{kind}-{UkTime.ToUkDate(DayOf(listing, metadata)):yyyyMMdd}-{id}.{extension}";
    }

    private static DateTimeOffset DayOf(DocumentListing listing, IReadOnlyDictionary<string, string> metadata)
    {
        foreach (var key in DocumentDates.Keys)
        {
            if (metadata.TryGetValue(key, out var recorded)
                && DateTimeOffset.TryParse(recorded, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return at;
            }
        }

        return listing.LastModified;
    }
}
