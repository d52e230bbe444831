namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// A letter ready to send or keep: its subject, its plain text, the same words as an HTML document, and as the
/// blocks they were laid out in, so that a printable copy (PDF) can be set from exactly the words that were checked.
/// </summary>
public sealed record RenderedNotice(string Subject, string Text, string Html, IReadOnlyList<RenderedBlock> Blocks);

/// <summary>A heading (one line), a list (one item per line) or a paragraph (its lines, broken where the letter breaks them).</summary>
public sealed record RenderedBlock(BlockKind Kind, IReadOnlyList<string> Lines);
