using System.Text.Json;

namespace ReviewFunctions.Emulators.Mail;

/// <summary>
/// A message the local endpoint accepted, as a person inspecting the outbox wants to see it: every address it went
/// to, its subject and bodies, and the categories and custom arguments that tie it to a review and notice.
/// </summary>
public sealed record OutboxMessage(
    string Id,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string? Subject,
    string? Text,
    string? Html,
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, string> CustomArgs,
    DateTimeOffset SentAt)
{
    /// <summary>Attachments as sent (file name, type, content id, decoded size); not part of the listing, for tests.</summary>
    public IReadOnlyList<OutboxAttachment> Attachments { get; init; } = [];

    /// <summary>Accepted, but answered after the client had given up (an injected timeout): the client will send it again.</summary>
    public bool AnsweredLate { get; init; }

    /// <summary>The request body exactly as received, for checks the listing does not show.</summary>
    public JsonElement Request { get; init; }
}

public sealed record OutboxAttachment(string Filename, string? Type, string? ContentId, string? Disposition, byte[] Content);
