using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Turns the Word form into blocks: paragraphs as text, tables as rows of cell text, in reading order, looking
/// inside content controls. Check boxes (content controls and legacy form fields) become <c>[X]</c> or <c>[ ]</c>;
/// tracked deletions and field instructions are left out, as Word does when it shows the page.
/// Only call it on bytes that <see cref="DocxInspector"/> has passed.
/// </summary>
internal static class DocxFormReader
{
    private const string Word2010Namespace = "http://schemas.microsoft.com/office/word/2010/wordml";

    public static IReadOnlyList<FormBlock> Read(ReadOnlyMemory<byte> docx)
    {
        using var stream = new MemoryStream(docx.ToArray(), writable: false);
        using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = DocxInspector.MaxPartCharacters });
        var body = document.MainDocumentPart?.Document?.Body;
        var blocks = new List<FormBlock>();
        if (body is not null)
        {
            AddBlocks(body, blocks);
        }

        return blocks;
    }

    private static void AddBlocks(OpenXmlElement container, List<FormBlock> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(new TextBlock(Text(paragraph)));
                    break;
                case Table table:
                    blocks.Add(new TableBlock(Rows(table)));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    AddBlocks(element is SdtBlock sdt ? (OpenXmlElement?)sdt.SdtContentBlock ?? sdt : element, blocks);
                    break;
            }
        }
    }

    private static List<IReadOnlyList<string>> Rows(Table table) =>
        table.Descendants<TableRow>()
            .Where(row => row.Ancestors<Table>().First() == table)
            .Select(row => (IReadOnlyList<string>)row.Descendants<TableCell>()
                .Where(cell => cell.Ancestors<TableRow>().First() == row)
                .Select(CellText)
                .ToList())
            .ToList();

    private static string CellText(TableCell cell)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(Text(paragraph));
        }

        return sb.ToString().Trim();
    }

    private static string Text(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case SymbolChar symbol:
                    sb.Append(Symbol(symbol));
                    break;
                case FieldChar { FormFieldData: { } data } when data.GetFirstChild<CheckBox>() is { } box:
                    sb.Append(IsChecked(box) ? "[X]" : "[ ]");
                    break;
                case DeletedRun or Deleted or DeletedText or FieldCode or DeletedFieldCode:
                    break;
                case SdtRun or SdtCell or SdtBlock when CheckBoxState(child) is { } state:
                    sb.Append(state ? "[X]" : "[ ]");
                    break;
                case Paragraph nested:
                    Append(nested, sb);
                    sb.Append('\n');
                    break;
                default:
                    Append(child, sb);
                    break;
            }
        }
    }

    private static bool IsChecked(CheckBox box)
    {
        var isChecked = box.GetFirstChild<Checked>();
        if (isChecked is not null)
        {
            return isChecked.Val is null || isChecked.Val.Value;
        }

        return box.GetFirstChild<DefaultCheckBoxFormFieldState>()?.Val?.Value ?? false;
    }

    /// <summary>A Word 2010 check-box content control's state, read from its properties rather than the glyph it shows.</summary>
    private static bool? CheckBoxState(OpenXmlElement sdt)
    {
        var properties = sdt.GetFirstChild<SdtProperties>();
        var checkbox = properties?.ChildElements.FirstOrDefault(e => e.LocalName == "checkbox" && e.NamespaceUri == Word2010Namespace);
        if (checkbox is null)
        {
            return null;
        }

        var state = checkbox.ChildElements.FirstOrDefault(e => e.LocalName == "checked");
        var value = state?.GetAttributes().FirstOrDefault(a => a.LocalName == "val").Value;
        return value is "1" or "true";
    }

    /// <summary>Wingdings and Symbol glyphs Word inserts for boxes and ticks.</summary>
    private static string Symbol(SymbolChar symbol) => symbol.Char?.Value?.ToUpperInvariant() switch
    {
        "F0FE" or "F078" or "F0FD" => "☒",
        "F0A8" or "F06F" or "F0A3" => "☐",
        "F0FC" or "F0FB" => "✓",
        _ => string.Empty,
    };
}
