using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Rows of the family, agencies and chronology grids typed as lines, e.g. <c>- Kerry Marsh; Mother; 02/11/2001</c>
/// or <c>- 05/02/2027 21:10: Ambulance called</c>. Parts are split on <c>;</c>, <c>|</c> or tabs (commas only when
/// there is nothing else, since addresses hold commas) and may carry their own label (<c>still involved: Yes</c>).
/// </summary>
internal static partial class RowText
{
    public static bool IsListItem(string line) => Bullet().IsMatch(line);

    public static string StripBullet(string line) => Bullet().Replace(line, string.Empty, 1).Trim();

    public static string?[] Family(string line)
    {
        var row = new string?[7];
        var loose = new List<string>();
        foreach (var part in Parts(line))
        {
            var (label, value) = Labelled(part);
            var column = label is null ? -1 : FamilyColumn(label);
            if (column >= 0 && row[column] is null)
            {
                row[column] = value;
            }
            else if (row[TableColumns.FamilyDateOfBirth] is null && loose.Count > 0 && UkDateReader.TryRead(part, out _, out _))
            {
                row[TableColumns.FamilyDateOfBirth] = part;
            }
            else
            {
                loose.Add(part);
            }
        }

        FillInOrder(row, loose, TableColumns.FamilyName, TableColumns.FamilyRelationship, TableColumns.FamilyDateOfBirth, TableColumns.FamilyAddress);
        return row;
    }

    public static string?[] Agency(string line)
    {
        var row = new string?[4];
        var loose = new List<string>();
        foreach (var part in Parts(line))
        {
            var (label, value) = Labelled(part);
            var column = label is null ? -1 : AgencyColumn(label);
            if (column >= 0 && row[column] is null)
            {
                row[column] = value;
            }
            else if (row[TableColumns.AgencyStillInvolved] is null && YesNo.TryRead(part, out _) && loose.Count > 0)
            {
                row[TableColumns.AgencyStillInvolved] = part;
            }
            else
            {
                loose.Add(part);
            }
        }

        FillInOrder(row, loose, TableColumns.AgencyName, TableColumns.AgencyAgency, TableColumns.AgencyContact);
        return row;
    }

    /// <summary>Splits a chronology line into its leading date (with time) and the event, or null if it does not start with one.</summary>
    public static (string Date, string Event)? Chronology(string line)
    {
        foreach (Match separator in DateSeparator().Matches(line))
        {
            var date = line[..separator.Index].Trim();
            if (date.Length > 0 && UkDateReader.TryRead(date, out _, out _))
            {
                return (date, line[(separator.Index + separator.Length)..].Trim());
            }
        }

        // A date that cannot be read still belongs to this row: keep it so the sender is told what is wrong with it.
        var first = DateSeparator().Match(line);
        return first.Success && StartsLikeADate().IsMatch(line)
            ? (line[..first.Index].Trim(), line[(first.Index + first.Length)..].Trim())
            : null;
    }

    private static IEnumerable<string> Parts(string line)
    {
        var text = StripBullet(line);
        var parts = StrongSeparator().IsMatch(text) ? StrongSeparator().Split(text) : text.Split(',');
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0);
    }

    private static (string? Label, string Value) Labelled(string part)
    {
        var m = LabelPart().Match(part);
        return m.Success ? (m.Groups["label"].Value, m.Groups["value"].Value.Trim()) : (null, part);
    }

    private static int FamilyColumn(string label)
    {
        var map = TableColumns.Family(["name", "relationship", label]);
        var column = map is null ? -1 : Array.IndexOf(map, 2);
        return column is TableColumns.FamilyName or TableColumns.FamilyRelationship ? -1 : column;
    }

    private static int AgencyColumn(string label)
    {
        var map = TableColumns.Agencies(["name", "agency", label]);
        var column = map is null ? -1 : Array.IndexOf(map, 2);
        return column is TableColumns.AgencyName or TableColumns.AgencyAgency ? -1 : column;
    }

    private static void FillInOrder(string?[] row, List<string> loose, params int[] columns)
    {
        var next = 0;
        foreach (var column in columns)
        {
            if (row[column] is null && next < loose.Count)
            {
                row[column] = loose[next++];
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:[-*•·–—]|\d{1,2}[.)](?!\d))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s*[;|\t]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex StrongSeparator();

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z /'’?]{1,40}?)\s*:\s*(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPart();

    [GeneratedRegex(@"\s*(?::\s|\s[-–—]\s|\t|;\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex DateSeparator();

    [GeneratedRegex(@"^\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex StartsLikeADate();
}
