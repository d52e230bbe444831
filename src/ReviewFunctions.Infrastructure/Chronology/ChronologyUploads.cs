using System.Globalization;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>
/// The agencies' chronologies of one review, kept in its evidence as sent (write-once, with their hashes), with who
/// sent each, for which agency and whether it could be read. A file that could not be read is kept too: it is what the
/// agency sent, and the reply told them what to put right.
/// </summary>
public sealed class ChronologyUploads(IReviewDocumentStore documents)
{
    private const string NamePrefix = "chronology-";

    public async Task<ChronologyUpload> KeepAsync(string reference, string agency, string fileName, ReadOnlyMemory<byte> content, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var reading = ChronologyFiles.Read(content, fileName, agency);
        var extension = ChronologyFiles.IsDocx(fileName) ? "docx" : ChronologyFiles.IsCsv(fileName) ? "csv" : "bin";
        var path = new DocumentPath(reference, DocumentCategory.Evidence, $"{NamePrefix}{at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.{extension}");
        // Metadata holds ASCII only: every name is kept escaped, and reads back exactly.
        await documents.PutAsync(
            path,
            content,
            extension == "bin" ? "application/octet-stream" : ChronologyFiles.ContentType(fileName),
            new Dictionary<string, string>
            {
                ["agency"] = Uri.EscapeDataString(agency),
                ["filename"] = Uri.EscapeDataString(fileName),
                ["uploadedby"] = Uri.EscapeDataString(by),
                ["uploadedat"] = at.ToString("O", CultureInfo.InvariantCulture),
                ["accepted"] = reading.IsAccepted ? "true" : "false",
            },
            cancellationToken);
        return new ChronologyUpload(path, agency, fileName, at, by, reading);
    }

    /// <summary>Every chronology sent in for the review, oldest first, each read again from the kept file.</summary>
    public async Task<IReadOnlyList<ChronologyUpload>> ListAsync(string reference, CancellationToken cancellationToken)
    {
        var uploads = new List<ChronologyUpload>();
        string? continuation = null;
        do
        {
            var page = await documents.ListAsync(reference, DocumentCategory.Evidence, 500, continuation, cancellationToken);
            foreach (var listing in page.Items.Where(d => d.Path.Name.StartsWith(NamePrefix, StringComparison.Ordinal)))
            {
                if (await documents.GetAsync(listing.Path, cancellationToken) is { } kept)
                {
                    uploads.Add(Read(kept));
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        return [.. uploads.OrderBy(u => u.UploadedAt).ThenBy(u => u.Path.Name, StringComparer.Ordinal)];
    }

    private static ChronologyUpload Read(DocumentContent kept)
    {
        var agency = Uri.UnescapeDataString(kept.Metadata["agency"]);
        var fileName = Uri.UnescapeDataString(kept.Metadata["filename"]);
        return new ChronologyUpload(
            kept.Path,
            agency,
            fileName,
            DateTimeOffset.Parse(kept.Metadata["uploadedat"], CultureInfo.InvariantCulture),
            Uri.UnescapeDataString(kept.Metadata["uploadedby"]),
            ChronologyFiles.Read(kept.Content, fileName, agency));
    }
}
