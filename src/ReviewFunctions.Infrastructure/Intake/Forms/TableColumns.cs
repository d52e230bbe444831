namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>The header rows of the form's three grids: family composition, other agencies, and the chronology.</summary>
internal static class TableColumns
{
    public const int FamilyName = 0, FamilyRelationship = 1, FamilyDateOfBirth = 2, FamilyAddress = 3, FamilyLegalStatus = 4, FamilyEthnicOrigin = 5, FamilyPlan = 6;

    public const int AgencyName = 0, AgencyAgency = 1, AgencyContact = 2, AgencyStillInvolved = 3;

    public const int ChronologyDate = 0, ChronologyEvent = 1;

    private static readonly string[][] FamilyHeaders =
    [
        ["name", "full name", "family member", "person"],
        ["relationship to child", "relationship", "relation", "relationship to the child", "relation to child"],
        ["dob", "date of birth", "birth date"],
        ["address", "home address"],
        ["legal status", "parental responsibility"],
        ["ethnic origin", "ethnicity"],
        ["is was subject to cp plan", "subject to cp plan", "cp plan", "child protection plan", "is was subject to child protection plan", "subject to child protection plan"],
    ];

    private static readonly string[][] AgencyHeaders =
    [
        ["name", "practitioner", "contact name", "worker", "professional", "name of practitioner"],
        ["agency", "organisation", "organization", "service"],
        ["contact details", "contact", "email", "phone", "telephone", "contact number"],
        ["are they still involved", "still involved", "currently involved", "involved", "are they still involved with the family", "still open"],
    ];

    private static readonly string[][] ChronologyHeaders =
    [
        ["date", "date and time where appropriate", "date and time", "date time", "when", "date of event"],
        ["event", "events", "what happened", "details", "description", "event details"],
    ];

    /// <summary>Column positions of a family-composition header row, or null if this row is not one.</summary>
    public static int[]? Family(IReadOnlyList<string> header) =>
        Map(header, FamilyHeaders, FamilyName, FamilyRelationship);

    public static int[]? Agencies(IReadOnlyList<string> header) =>
        Map(header, AgencyHeaders, AgencyAgency, AgencyName);

    public static int[]? Chronology(IReadOnlyList<string> header) =>
        Map(header, ChronologyHeaders, ChronologyDate, ChronologyEvent);

    /// <summary>
    /// For each known column, the cell index it is in (-1 when the table lacks it); null unless both key columns are
    /// present and every other cell is a header too, so that a row like "Name | Priya Raman | Agency | ..." is data.
    /// </summary>
    private static int[]? Map(IReadOnlyList<string> header, string[][] columns, int key1, int key2)
    {
        var positions = Enumerable.Repeat(-1, columns.Length).ToArray();
        for (var cell = 0; cell < header.Count; cell++)
        {
            var key = LabelText.Normalise(header[cell]);
            if (key.Length == 0)
            {
                continue;
            }

            var known = false;
            for (var column = 0; column < columns.Length && !known; column++)
            {
                if (positions[column] < 0 && Array.IndexOf(columns[column], key) >= 0)
                {
                    positions[column] = cell;
                    known = true;
                }
            }

            if (!known)
            {
                return null;
            }
        }

        return positions[key1] >= 0 && positions[key2] >= 0 ? positions : null;
    }
}
