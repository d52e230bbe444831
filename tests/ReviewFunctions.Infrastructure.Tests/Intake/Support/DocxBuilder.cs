using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>Writes small Word documents with the OpenXml SDK, so every test form can be read in the test itself.</summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _elements = [];
    private readonly List<Action<WordprocessingDocument>> _parts = [];

    public DocxBuilder Paragraph(string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        _elements.Add(new Paragraph(run));
        return this;
    }

    public DocxBuilder Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))))));
        }

        _elements.Add(table);
        return this;
    }

    /// <summary>Any element, e.g. a paragraph holding a check-box content control.</summary>
    public DocxBuilder Element(OpenXmlElement element)
    {
        _elements.Add(element);
        return this;
    }

    /// <summary>Extra package content, e.g. an external relationship.</summary>
    public DocxBuilder Part(Action<WordprocessingDocument> add)
    {
        _parts.Add(add);
        return this;
    }

    public byte[] Build(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_elements.Select(e => e.CloneNode(true))));
            foreach (var add in _parts)
            {
                add(document);
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph with a Word 2010 check-box content control followed by the item text.</summary>
    public static Paragraph CheckBoxContentControl(bool ticked, string text)
    {
        const string w14 = "http://schemas.microsoft.com/office/word/2010/wordml";
        var checkbox = new OpenXmlUnknownElement("w14", "checkbox", w14);
        var state = new OpenXmlUnknownElement("w14", "checked", w14);
        state.SetAttribute(new OpenXmlAttribute("w14", "val", w14, ticked ? "1" : "0"));
        checkbox.Append(state);
        var sdt = new SdtRun(
            new SdtProperties(checkbox),
            new SdtContentRun(new Run(new Text(ticked ? "☒" : "☐"))));
        return new Paragraph(sdt, new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A paragraph with a legacy FORMCHECKBOX field followed by the item text.</summary>
    public static Paragraph LegacyCheckBox(bool ticked, string text) => new(
        new Run(new FieldChar(new FormFieldData(new FormFieldName { Val = "Check1" }, new CheckBox(new AutomaticallySizeFormField(), new DefaultCheckBoxFormFieldState { Val = ticked })))
        {
            FieldCharType = FieldCharValues.Begin,
        }),
        new Run(new FieldCode(" FORMCHECKBOX ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve }));
}
