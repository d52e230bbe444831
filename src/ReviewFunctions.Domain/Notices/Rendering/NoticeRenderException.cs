namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// A notice could not be written because the review lacks a fact the letter needs (say, the date of a briefing).
/// Nothing half-written is ever sent; the message names the field so a person can record the missing fact.
/// </summary>
public sealed class NoticeRenderException(string template, string field)
    : Exception($"The letter '{template}' needs '{field}', which this review does not have yet.")
{
    public string Template { get; } = template;

    public string Field { get; } = field;
}
