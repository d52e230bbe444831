using System.Text.RegularExpressions;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The fields a template may use. A template naming any other field is refused when it is loaded, so a typing mistake
/// is found by a test rather than by a family reading "{{chidName}}".
/// </summary>
public static partial class TemplateFields
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        // The Board and the review.
        "boardName", "boardEmail", "boardChairName", "reference", "kindTitle", "nationName", "letterDate", "receivedDate",
        "incidentDate", "decisionDate", "decisionOutcome", "decisionReasons", "stepTitle", "stepDue", "occurrence",
        "panelChairName", "overviewAuthorName", "agencyNames",

        // The child, as the recipient may see them (an alias outside the partnership).
        "childName", "childFirstName", "childDateOfBirth", "childAddress",

        // Whom the letter is for.
        "recipientName", "addresseeName", "addresseeAddress", "letterCount",

        // Progress.
        "stepsDone", "stepsOpen", "reviewStage", "lateSummary", "stepsLate", "stepsNext", "openActions",

        // Dates taken from the review's schedule (see the catalogue's "dates").
        "replyBy", "briefingDate", "interviewsBy", "imrDue", "presentationDate", "publicationDate", "completionDate",
        "eventDate", "draftDue", "decisionDue",

        // Messages about the notices themselves.
        "noticeTitle", "blockedReason", "unreached", "reminderText",
    };

    public static IEnumerable<string> In(string line) => Placeholder().Matches(line).Select(m => m.Groups["name"].Value);

    /// <summary>Puts the values in, or returns the first field with no value.</summary>
    public static (string? Text, string? Missing) Fill(string line, IReadOnlyDictionary<string, string?> values)
    {
        string? missing = null;
        var text = Placeholder().Replace(line, m =>
        {
            var name = m.Groups["name"].Value;
            if (values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            missing ??= name;
            return string.Empty;
        });
        return missing is null ? (text, null) : (null, missing);
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z][A-Za-z0-9]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
