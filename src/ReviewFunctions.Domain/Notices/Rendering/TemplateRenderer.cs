using System.Net;
using System.Text;

namespace ReviewFunctions.Domain.Notices;

/// <summary>Writes a template out with the review's values, as plain text and as a simple, readable HTML page.</summary>
public static class TemplateRenderer
{
    public static RenderedNotice Render(NoticeTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        var (subject, missingInSubject) = TemplateFields.Fill(template.Subject, values);
        if (subject is null)
        {
            throw new NoticeRenderException(template.Id, missingInSubject!);
        }

        var text = new StringBuilder();
        var html = new StringBuilder();
        var blocks = new List<RenderedBlock>();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(subject))
            .Append("</title>\n</head>\n<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 1em;\">\n");

        foreach (var block in template.Blocks)
        {
            var lines = FillBlock(template.Id, block, values);
            if (lines is null)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            switch (block.Kind)
            {
                case BlockKind.Heading:
                    text.Append(lines[0]).Append('\n');
                    blocks.Add(new RenderedBlock(BlockKind.Heading, [lines[0]]));
                    html.Append("<h2 style=\"font-size: 1.2em;\">").Append(WebUtility.HtmlEncode(lines[0])).Append("</h2>\n");
                    break;
                case BlockKind.List:
                    var items = lines.SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
                    html.Append("<ul>\n");
                    foreach (var item in items)
                    {
                        text.Append("- ").Append(item).Append('\n');
                        html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    blocks.Add(new RenderedBlock(BlockKind.List, items));
                    break;
                default:
                    var broken = lines.SelectMany(l => l.Split('\n')).ToList();
                    text.Append(string.Join('\n', lines)).Append('\n');
                    html.Append("<p>").Append(string.Join("<br>\n", broken.Select(WebUtility.HtmlEncode))).Append("</p>\n");
                    blocks.Add(new RenderedBlock(BlockKind.Paragraph, broken));
                    break;
            }
        }

        html.Append("</body>\n</html>\n");
        return new RenderedNotice(subject, text.ToString(), html.ToString(), blocks);
    }

    private static List<string>? FillBlock(string templateId, TemplateBlock block, IReadOnlyDictionary<string, string?> values)
    {
        var lines = new List<string>(block.Lines.Count);
        foreach (var line in block.Lines)
        {
            var (filled, missing) = TemplateFields.Fill(line, values);
            if (filled is null)
            {
                return block.Optional ? null : throw new NoticeRenderException(templateId, missing!);
            }

            lines.Add(filled);
        }

        return lines;
    }
}
