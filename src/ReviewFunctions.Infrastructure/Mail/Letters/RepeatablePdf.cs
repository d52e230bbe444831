using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// Saves a PDFsharp document as bytes that depend only on what was drawn, an identity and an instant, so that
/// keeping the same letter again is seen as a repeat.
/// </summary>
/// <remarks>
/// Left alone, PDFsharp 6.2.4 makes every save different: the trailer's /ID, the six-letter tag of each font subset
/// and the XMP metadata's DocumentID and InstanceID are new GUIDs, and the creation date is the clock's, written with
/// the machine's own UTC offset. The dates, the /ID and the tags are set before saving; the XMP packet, which PDFsharp
/// writes only while saving, is rewritten in the saved bytes (<see cref="XmpPacket"/>).
/// </remarks>
internal static partial class RepeatablePdf
{
    public static byte[] Save(PdfDocument document, byte[] identity, DateTimeOffset writtenAt)
    {
        // Written as text ending in Z, not set as a DateTime, which PDFsharp would write with this machine's offset.
        var date = "D:" + writtenAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        document.Info.Elements.SetString("/CreationDate", date);
        document.Info.Elements.SetString("/ModDate", date);

        var id = Encoding.Latin1.GetString(Derive(identity, "trailer"), 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        TagFontSubsets(document, identity);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var bytes = output.ToArray();
        RewriteXmp(document, bytes, identity, writtenAt);
        return bytes;
    }

    /// <summary>A subset's name is six capital letters, '+' and the font's name (ISO 32000-1 §9.6.4).</summary>
    private static void TagFontSubsets(PdfDocument document, byte[] identity)
    {
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                var match = SubsetName().Match(dictionary.Elements.GetName(key));
                if (match.Success)
                {
                    var font = match.Groups[1].Value;
                    var tag = string.Concat(Derive(identity, font).Take(6).Select(b => (char)('A' + (b % 26))));
                    dictionary.Elements.SetName(key, $"/{tag}+{font}");
                }
            }
        }
    }

    private static void RewriteXmp(PdfDocument document, byte[] bytes, byte[] identity, DateTimeOffset writtenAt)
    {
        var pdfsharps = document.Internals.Catalog.Elements.GetDictionary("/Metadata")?.Stream?.Value
            ?? throw new InvalidOperationException("PDFsharp saved no XMP metadata to rewrite.");
        var at = bytes.AsSpan().IndexOf(pdfsharps);
        if (at < 0 || bytes.AsSpan(at + 1).IndexOf(pdfsharps) >= 0)
        {
            throw new InvalidOperationException("PDFsharp's XMP metadata is not in the saved PDF exactly once, as an uncompressed stream.");
        }

        var info = document.Info;
        var fields = new XmpFields(info.Title, info.Creator, info.Producer, writtenAt, NameBasedUuid(Derive(identity, "DocumentID")), NameBasedUuid(Derive(identity, "InstanceID")));
        XmpPacket.Write(fields, pdfsharps.Length).CopyTo(bytes, at);
    }

    /// <summary>A version 8 UUID (RFC 9562: its bits are the application's own) from the first 16 bytes of a hash.</summary>
    private static Guid NameBasedUuid(byte[] hash)
    {
        // Guid's byte order stores the third group little-endian, so the version is the top of byte 7.
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }

    private static byte[] Derive(byte[] identity, string purpose) =>
        HMACSHA256.HashData(identity, Encoding.UTF8.GetBytes(purpose));

    [GeneratedRegex(@"^/[A-Z]{6}\+(.+)$")]
    private static partial Regex SubsetName();
}
