namespace ReviewFunctions.Domain.Notices;

/// <summary>A letter ready to send or keep: its subject, its plain text and the same words as an HTML document.</summary>
public sealed record RenderedNotice(string Subject, string Text, string Html);
