using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// The only names the case-file stores create. A folder is the review reference (a short prefix, then groups of digits
/// and hex); a record is <c>{category}-{yyyyMMdd}-{id}.{ext}</c> where the id is digits or a 32-digit hex GUID. The
/// forms leave no room for a word, so a child's or a family member's name cannot reach a path in SharePoint or on
/// disk, even by mistake.
/// A refused name is never repeated in the error, because it may be exactly the personal data being kept out.
/// </summary>
public static partial class CaseFileNames
{
    public const string RecordForm = "{category}-{yyyyMMdd}-{id}.{ext}";

    /// <summary>What a record is: the referral as received, or a letter the review sent.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["referral", "letter"];

    public static IReadOnlyList<string> Extensions { get; } = ["pdf", "html", "docx", "doc", "odt", "rtf", "txt", "eml", "msg", "json", "xlsx"];

    /// <summary>Checks a review reference is usable as a folder name and returns it.</summary>
    /// <exception cref="ArgumentException">Not a review reference (letters, then hyphenated groups each holding a digit).</exception>
    public static string Folder(string? reference) =>
        reference is not null && ReferencePattern().IsMatch(reference)
            ? reference
            : throw new ArgumentException(
                "A case-file folder is named by the review reference: one to six capital letters, then one to four hyphenated groups of digits and the capitals A-F, each with a digit (e.g. CR-2027-0001 or CR-2027-4F3A9C01).",
                nameof(reference));

    /// <summary>Checks a record's file name has the form <see cref="RecordForm"/> and returns it.</summary>
    /// <exception cref="ArgumentException">Any other name; the message says what is allowed, not what was given.</exception>
    public static string Record(string? fileName)
    {
        var match = fileName is null ? Match.Empty : RecordPattern().Match(fileName);
        if (!match.Success
            || !Categories.Contains(match.Groups["category"].Value)
            || !Extensions.Contains(match.Groups["ext"].Value)
            || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new ArgumentException(
                $"A case-file record is named {RecordForm}: category {string.Join(" or ", Categories)}, a real date, an id of 1-20 digits or 32 lower-case hex digits, and one of the extensions {string.Join(", ", Extensions)}. Names carry no personal details.",
                nameof(fileName));
        }

        return fileName!;
    }

    [GeneratedRegex(@"^[A-Z]{1,6}(?:-[0-9A-F]{0,15}[0-9][0-9A-F]{0,15}){1,4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("^(?<category>[a-z]+)-(?<date>[0-9]{8})-(?:[0-9]{1,20}|[0-9a-f]{32})\\.(?<ext>[a-z]{3,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex RecordPattern();
}
