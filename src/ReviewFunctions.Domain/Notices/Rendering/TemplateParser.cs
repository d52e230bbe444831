namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Reads a template file: <c>subject: …</c>, a line <c>---</c>, then the body. Blank lines separate blocks; a block
/// whose lines all start with "- " is a list; "## " starts a heading; "? " before a block makes it optional.
/// </summary>
public static class TemplateParser
{
    public static NoticeTemplate Parse(string id, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var separator = Array.FindIndex(lines, l => l.Trim() == "---");
        if (separator < 0)
        {
            throw new NoticeTemplateException(id, "has no '---' line between its subject and its body");
        }

        var subject = lines[..separator].Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("subject:", StringComparison.OrdinalIgnoreCase));
        if (subject is null || subject.Length <= "subject:".Length)
        {
            throw new NoticeTemplateException(id, "has no 'subject:' line");
        }

        var blocks = Blocks(id, lines[(separator + 1)..]);
        if (blocks.Count == 0)
        {
            throw new NoticeTemplateException(id, "has an empty body");
        }

        var template = new NoticeTemplate(id, subject["subject:".Length..].Trim(), blocks);
        var unknown = template.Fields.FirstOrDefault(f => !TemplateFields.Known.Contains(f));
        return unknown is null
            ? template
            : throw new NoticeTemplateException(id, $"uses the field '{{{{{unknown}}}}}', which is not one of: {string.Join(", ", TemplateFields.Known.Order(StringComparer.Ordinal))}");
    }

    private static List<TemplateBlock> Blocks(string id, string[] body)
    {
        var blocks = new List<TemplateBlock>();
        var current = new List<string>();
        foreach (var line in body.Append(string.Empty))
        {
            if (line.Trim().Length > 0)
            {
                current.Add(line.TrimEnd());
                continue;
            }

            if (current.Count > 0)
            {
                blocks.Add(Block(id, current));
                current = [];
            }
        }

        return blocks;
    }

    private static TemplateBlock Block(string id, List<string> lines)
    {
        var optional = lines[0].StartsWith("? ", StringComparison.Ordinal);
        if (optional)
        {
            lines[0] = lines[0][2..];
        }

        if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
        {
            return new TemplateBlock(BlockKind.List, [.. lines.Select(l => l[2..].Trim())], optional);
        }

        if (lines[0].StartsWith("## ", StringComparison.Ordinal))
        {
            return lines.Count == 1
                ? new TemplateBlock(BlockKind.Heading, [lines[0][3..].Trim()], optional)
                : throw new NoticeTemplateException(id, $"has a heading with text under it and no blank line between: '{lines[0]}'");
        }

        if (lines.Any(l => l.StartsWith("- ", StringComparison.Ordinal)))
        {
            throw new NoticeTemplateException(id, $"mixes list items and text in one block starting '{lines[0]}'; put a blank line between them");
        }

        return new TemplateBlock(BlockKind.Paragraph, [.. lines.Select(l => l.Trim())], optional);
    }
}

/// <summary>A template that cannot be used, with its id and what is wrong.</summary>
public sealed class NoticeTemplateException(string template, string problem) : Exception($"Template '{template}' {problem}.")
{
    public string Template { get; } = template;
}
