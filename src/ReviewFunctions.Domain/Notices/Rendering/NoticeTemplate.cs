namespace ReviewFunctions.Domain.Notices;

/// <summary>A letter in our own words: a subject and blocks of text with <c>{{field}}</c> places for the review's data.</summary>
public sealed record NoticeTemplate(string Id, string Subject, IReadOnlyList<TemplateBlock> Blocks)
{
    public IEnumerable<string> Fields =>
        TemplateFields.In(Subject).Concat(Blocks.SelectMany(b => b.Lines.SelectMany(TemplateFields.In))).Distinct(StringComparer.Ordinal);
}

/// <summary>A paragraph, a bulleted list or a heading. An optional block is left out when any of its fields has no value.</summary>
public sealed record TemplateBlock(BlockKind Kind, IReadOnlyList<string> Lines, bool Optional);

public enum BlockKind
{
    Paragraph,
    List,
    Heading,
}
