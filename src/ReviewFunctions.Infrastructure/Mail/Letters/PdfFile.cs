using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// Writes a PDF 1.7 file object by object (ISO 32000-1 §7.5): numbered objects, compressed streams, the
/// cross-reference table of byte offsets and the trailer. Objects are reserved first and written later, so a page can
/// name a font before the font, which depends on every page's text, is written.
/// </summary>
internal sealed class PdfFile : IDisposable
{
    private readonly MemoryStream output = new();
    private readonly List<long> offsets = [];

    public PdfFile()
    {
        // The binary comment tells transfer programs the file is not text (§7.5.2).
        Raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n", Encoding.Latin1);
    }

    public void Dispose() => output.Dispose();

    /// <summary>Numbers an object to be written later.</summary>
    public int Reserve()
    {
        offsets.Add(-1);
        return offsets.Count;
    }

    public void Write(int number, string dictionary)
    {
        Begin(number);
        Raw(dictionary + "\nendobj\n", Encoding.ASCII);
    }

    public void WriteStream(int number, byte[] content, string extraEntries = "")
    {
        var compressed = Deflate(content);
        Begin(number);
        Raw($"<< /Length {compressed.Length} /Filter /FlateDecode {extraEntries}>>\nstream\n", Encoding.ASCII);
        output.Write(compressed);
        Raw("\nendstream\nendobj\n", Encoding.ASCII);
    }

    public byte[] Finish(int catalog, int info, string id)
    {
        var missing = offsets.FindIndex(o => o < 0);
        if (missing >= 0)
        {
            throw new InvalidOperationException($"PDF object {missing + 1} was reserved but never written.");
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        Raw(table.ToString(), Encoding.ASCII);
        return output.ToArray();
    }

    /// <summary>A text string as UTF-16BE with its byte order mark, in hex, so any character survives (§7.9.2.2).</summary>
    public static string TextString(string text) => "<FEFF" + Utf16Hex(text) + ">";

    /// <summary>Text as UTF-16BE code units in hex, the form both text strings and ToUnicode maps take.</summary>
    public static string Utf16Hex(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private void Begin(int number)
    {
        if (offsets[number - 1] >= 0)
        {
            throw new InvalidOperationException($"PDF object {number} was written twice.");
        }

        offsets[number - 1] = output.Position;
        Raw($"{number} 0 obj\n", Encoding.ASCII);
    }

    private void Raw(string text, Encoding encoding) => output.Write(encoding.GetBytes(text));

    private static byte[] Deflate(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return compressed.ToArray();
    }
}
