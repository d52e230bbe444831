using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Where intake keeps what it received. Names carry hashes and references only, never a name or subject line:
/// the parsed form once per review, every message as it arrived (valid ones under the review, invalid ones in quarantine).
/// </summary>
public static class IntakeDocuments
{
    public const string JsonContentType = "application/json";

    /// <summary>The parsed referral form, the one place a review's particulars come from.</summary>
    public static DocumentPath Referral(string reference) => new(reference, DocumentCategory.Referral, "referral.json");

    /// <summary>A message exactly as received that started, or repeated, this review.</summary>
    public static DocumentPath Message(string reference, string messageKey) => new(reference, DocumentCategory.Referral, $"message-{messageKey}.json");

    /// <summary>A message that could not be accepted, kept as received until someone deals with it.</summary>
    public static DocumentPath Quarantined(string messageKey) => new(DocumentPath.Unassigned, DocumentCategory.Quarantine, $"message-{messageKey}.json");

    /// <summary>Beside a quarantined message that intake failed on: why, and the error's type and stack, never its message.</summary>
    public static DocumentPath QuarantineError(string messageKey) => new(DocumentPath.Unassigned, DocumentCategory.Quarantine, $"error-{messageKey}.json");
}
