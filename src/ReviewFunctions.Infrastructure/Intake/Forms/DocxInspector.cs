using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Decides whether a file named .docx is safe to open before anything parses it: a real Word package (not a
/// password-protected or old-format file, not something else renamed), no zip bomb (the bytes actually unpacked are
/// counted, since an archive can lie about its sizes), no macros or ActiveX, and no links that fetch content from
/// elsewhere (remote templates, linked pictures or objects, INCLUDETEXT-style fields). Ordinary hyperlinks are fine.
/// </summary>
internal static partial class DocxInspector
{
    /// <summary>A form unpacks to well under 1 MB; 20 MB leaves room for pictures without letting a bomb through.</summary>
    public const long MaxUnpackedBytes = 20L * 1024 * 1024;

    public const int MaxEntries = 500;

    /// <summary>Passed to the Word reader as its own per-part ceiling.</summary>
    public const long MaxPartCharacters = 10L * 1024 * 1024;

    // Big entries compressed better than this are built to explode, not written by Word.
    private const int MaxRatio = 100;
    private const long RatioCheckFrom = 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The reason the file must not be opened, in words for the sender, or null when it is safe to read.</summary>
    public static string? Check(ReadOnlyMemory<byte> bytes, string name)
    {
        var span = bytes.Span;
        if (span.StartsWith(CompoundFileSignature))
        {
            return $"'{name}' is password-protected or saved in the older Word format (.doc). Please save it as a Word document (.docx) without a password and send it again.";
        }

        if (!span.StartsWith(ZipSignature))
        {
            return $"'{name}' is named as a Word document but is not one. Please check that it opens in Word, save it as .docx and send it again.";
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            return CheckEntries(zip, name);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException)
        {
            return $"'{name}' is damaged and cannot be opened. Please check that it opens in Word, save it again as .docx and send that copy.";
        }
    }

    private static string? CheckEntries(ZipArchive zip, string name)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return Bomb(name);
        }

        long unpacked = 0;
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            var size = Unpack(entry, MaxUnpackedBytes - unpacked, out var text);
            if (size < 0)
            {
                return Bomb(name);
            }

            unpacked += size;
            if (entry.CompressedLength > 0 && size > RatioCheckFrom && size / entry.CompressedLength > MaxRatio)
            {
                return Bomb(name);
            }

            if (text is not null)
            {
                texts[entry.FullName] = text;
            }
        }

        var contentTypes = texts.GetValueOrDefault("[Content_Types].xml") ?? string.Empty;
        if (contentTypes.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || contentTypes.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
            || zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || e.FullName.Contains("/activeX/", StringComparison.OrdinalIgnoreCase)))
        {
            return $"'{name}' contains macros or other active content. We do not open such files. Please save the form as a plain Word document (.docx, not macro-enabled) and send it again.";
        }

        if (!contentTypes.Contains("wordprocessingml", StringComparison.Ordinal))
        {
            return $"'{name}' is not a Word document inside, although it is named like one. Please save the form from Word as .docx and send it again.";
        }

        return ExternalContent(texts) is { } what
            ? $"'{name}' links to content outside the document ({what}). We do not open files that fetch content from elsewhere. Please remove the link, save the form again and send it."
            : null;
    }

    /// <summary>Bytes actually unpacked (text kept for XML parts), or -1 once past <paramref name="budget"/>.</summary>
    private static long Unpack(ZipArchiveEntry entry, long budget, out string? text)
    {
        text = null;
        var keep = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
        using var input = entry.Open();
        using var kept = keep ? new MemoryStream() : null;
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > budget)
            {
                return -1;
            }

            kept?.Write(buffer, 0, read);
        }

        if (kept is not null)
        {
            // Packages written by System.IO.Packaging (and Word) start their XML parts with a byte-order mark.
            text = Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length).TrimStart('\uFEFF');
        }

        return total;
    }

    private static string? ExternalContent(Dictionary<string, string> texts)
    {
        foreach (var (path, text) in texts)
        {
            if (path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var relationship in XDocument.Parse(text).Descendants().Where(e => e.Name.LocalName == "Relationship"))
                {
                    var external = string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                    var type = (string?)relationship.Attribute("Type") ?? string.Empty;
                    if (external && !type.EndsWith("/hyperlink", StringComparison.Ordinal))
                    {
                        return Describe(type);
                    }
                }
            }
            else if (path.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && LinkingField().Match(text) is { Success: true } field)
            {
                return $"the {field.Groups["field"].Value.ToUpperInvariant()} field";
            }
        }

        return null;
    }

    private static string Describe(string relationshipType) => relationshipType[(relationshipType.LastIndexOf('/') + 1)..] switch
    {
        "attachedTemplate" => "a template kept on another computer",
        "image" => "a picture fetched from elsewhere",
        "oleObject" or "package" => "an object linked from another file",
        "frame" or "subDocument" => "another document pulled into this one",
        "externalLinkPath" or "externalLink" => "data linked from another file",
        var other => $"an external {other}",
    };

    private static string Bomb(string name) =>
        $"'{name}' unpacks to far more data than a form holds, which is how harmful files are built, so we have not opened it. Please save the form again from Word and send that copy.";

    [GeneratedRegex(@"(?:instrText[^>]*>|instr=""|w:instr=')\s*(?<field>INCLUDETEXT|INCLUDEPICTURE|LINK|DDEAUTO|DDE|IMPORT|INCLUDE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkingField();
}
