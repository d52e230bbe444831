using System.Text;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Infrastructure.Mail.Letters;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Keeps every letter a notice sent in the review's documents (category <c>letters</c>) as HTML and as a PDF to print
/// or file, with the notice, step, recipients and SendGrid message id as metadata: the evidence that it went, and
/// what it said.
/// </summary>
internal sealed class NoticeEvidence(IReviewDocumentStore documents)
{
    /// <param name="idempotencyKey">The key the message carried to the mail service, when this is the part just sent.</param>
    public async Task KeepAsync(string reference, string notice, string step, int occurrence, NoticeMessage message, string? messageId, DateTimeOffset sentAt, CancellationToken ct, string? idempotencyKey = null)
    {
        foreach (var document in message.Attachments)
        {
            var path = new DocumentPath(reference, DocumentCategory.Letters, $"{notice}-{step}-{occurrence}-{document.Name}.html");
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["notice"] = notice,
                ["step"] = step,
                ["occurrence"] = occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["mailgroup"] = message.Group,
                ["recipients"] = Ascii(string.Join(",", message.To.Select(t => t.Email))),
                ["messageid"] = Ascii(messageId ?? "sandbox"),
                ["anonymised"] = message.Anonymised ? "true" : "false",
                [DocumentDates.SentAt] = DocumentDates.Format(sentAt),
                ["idempotencykey"] = Ascii(idempotencyKey ?? $"{reference}/{notice}/{step}/{occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{message.Group}"),
            };
            await documents.PutAsync(path, Encoding.UTF8.GetBytes(document.Content.Html), "text/html; charset=utf-8", metadata, ct).ConfigureAwait(false);
            var printed = new DocumentPath(reference, DocumentCategory.Letters, $"{notice}-{step}-{occurrence}-{document.Name}.pdf");
            await documents.PutAsync(printed, LetterPdf.Render(document.Content, sentAt), "application/pdf", metadata, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Blob metadata is ASCII; an internationalised address keeps its shape with '?' for other characters.</summary>
    private static string Ascii(string text) => new([.. text.Select(c => c is >= ' ' and <= '~' ? c : '?')]);
}
