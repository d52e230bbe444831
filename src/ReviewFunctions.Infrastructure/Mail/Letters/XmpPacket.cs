using System.Globalization;
using System.Text;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>What a letter's XMP metadata says about it: the same as its document information dictionary.</summary>
internal sealed record XmpFields(string Title, string Creator, string Producer, DateTimeOffset WrittenAt, Guid DocumentId, Guid InstanceId);

/// <summary>
/// A letter's XMP metadata packet (ISO 16684-1), written to take the place of the one PDFsharp made, in exactly as
/// many bytes.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 writes its packet only while saving, gives it random ids, and puts the title into it without
/// escaping, so a subject such as "Review from Bath &amp; North East Somerset" made it malformed XML. A packet may
/// end in padding whitespace precisely so that it can be rewritten in place; padding this one to the length of the
/// one it replaces keeps every byte offset in the file as it was.
/// </remarks>
internal static class XmpPacket
{
    public static byte[] Write(XmpFields fields, int length)
    {
        // dc:title is optional and the information dictionary keeps it: left out only if its escapes would overflow.
        var packet = Compose(fields, withTitle: true, length) ?? Compose(fields, withTitle: false, length);
        return packet ?? throw new InvalidOperationException($"A letter's XMP metadata does not fit in the {length} bytes PDFsharp left for it.");
    }

    private static byte[]? Compose(XmpFields fields, bool withTitle, int length)
    {
        var date = fields.WrittenAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var title = withTitle ? $"""<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(fields.Title)}</rdf:li></rdf:Alt></dc:title>""" : "";
        var body = Encoding.UTF8.GetBytes($"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
            {title}
            <xmp:CreatorTool>{Escape(fields.Creator)}</xmp:CreatorTool>
            <xmp:CreateDate>{date}</xmp:CreateDate>
            <xmp:ModifyDate>{date}</xmp:ModifyDate>
            <pdf:Producer>{Escape(fields.Producer)}</pdf:Producer>
            <xmpMM:DocumentID>uuid:{fields.DocumentId}</xmpMM:DocumentID>
            <xmpMM:InstanceID>uuid:{fields.InstanceId}</xmpMM:InstanceID>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>

            """);
        var end = "\n<?xpacket end=\"w\"?>"u8;
        var padding = length - body.Length - end.Length;
        return padding < 0 ? null : [.. body, .. Enumerable.Repeat((byte)' ', padding), .. end];
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
