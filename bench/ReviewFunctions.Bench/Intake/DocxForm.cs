using System.IO.Compression;
using System.Text;
using ReviewFunctions.Bench.Running;

namespace ReviewFunctions.Bench.Intake;

/// <summary>A Word form with the text of its body changed, every other part of the package kept as it was.</summary>
internal static class DocxForm
{
    private const string Body = "word/document.xml";

    public static string Text(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry(Body) ?? throw new BenchFailedException($"A sample Word form has no {Body}.");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static byte[] Rewrite(byte[] docx, Func<string, string> change)
    {
        using var package = new MemoryStream();
        package.Write(docx);
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(Body) ?? throw new BenchFailedException($"A sample Word form has no {Body}.");
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(Body, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(change(xml));
        }

        return package.ToArray();
    }
}
