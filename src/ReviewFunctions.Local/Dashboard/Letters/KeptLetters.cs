using System.Globalization;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Local.Dashboard.Letters;

/// <summary>
/// The copies of sent letters kept in the review's documents (category letters). A copy belongs to a notice when its
/// name starts with the notice, its step and the occurrence, joined by hyphens as the notice evidence names them ("agency-request-letter-agency-request-1-…"),
/// since names may hold only letters, digits, '-', '_' and '.'. Every kept copy is also listed on its own, so a copy
/// named any other way is never hidden.
/// </summary>
public static class KeptLetters
{
    private const int PageSize = 500;

    public static async Task<IReadOnlyList<DocumentListing>> ListAsync(IReviewDocumentStore documents, string reference, CancellationToken cancellationToken)
    {
        var letters = new List<DocumentListing>();
        string? continuation = null;
        do
        {
            var page = await documents.ListAsync(reference, DocumentCategory.Letters, PageSize, continuation, cancellationToken);
            letters.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return letters;
    }

    public static IReadOnlyList<DocumentListing> For(NoticeView notice, IReadOnlyList<DocumentListing> letters)
    {
        var prefix = string.Join('-', notice.Notice, notice.Step, notice.Occurrence.ToString(CultureInfo.InvariantCulture)) + "-";
        return [.. letters.Where(l => l.Path.Name.StartsWith(prefix, StringComparison.Ordinal))];
    }

    /// <summary>Only HTML is shown in the page; anything else is offered as a download.</summary>
    public static bool IsHtml(string contentType) =>
        contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
}
