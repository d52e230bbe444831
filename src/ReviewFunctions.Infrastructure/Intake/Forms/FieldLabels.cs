namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Which form field a label names, tolerant of case, punctuation, common synonyms and a typo. The words are the
/// Appendix 1 form's own and the ones people use instead of them when they type the form into an e-mail.
/// </summary>
internal static class FieldLabels
{
    private static readonly (FormField Field, string[] Labels)[] Fields =
    [
        (FormField.ReferrerName, ["referrer", "referrer name", "referrers name", "name of referrer", "referred by", "referring officer", "your name", "referrer full name"]),
        (FormField.ReferrerAgency, ["referrer agency", "referrers agency", "agency", "organisation", "organization", "your agency", "referring agency", "agency service"]),
        (FormField.ReferrerEmail, ["email", "email address", "referrer email", "referrers email", "your email", "referrer email address", "secure email"]),
        (FormField.ReferrerPhone, ["phone", "phone no", "phone number", "telephone", "telephone no", "telephone number", "tel", "tel no", "mobile", "contact number", "contact no", "referrer phone"]),
        (FormField.LineManager, ["line manager", "line managers name", "name of line manager", "manager", "supervisor", "referrers line manager"]),
        (FormField.ChildName, ["name of child", "childs name", "child name", "name of the child", "full name of child", "childs full name", "child", "subject child", "name of subject child", "young persons name", "name of young person"]),
        (FormField.DateOfBirth, ["date of birth", "dob", "birth date", "childs date of birth", "childs dob", "child dob", "date of birth of child", "born"]),
        (FormField.DateOfDeath, ["date of death", "dod", "date died", "died", "childs date of death", "date of death of child"]),
        (FormField.IncidentDate, ["date of critical incident", "critical incident date", "date of incident", "incident date", "date of the incident", "date of the critical incident", "date of serious incident", "serious incident date", "critical incident", "incident"]),
        (FormField.Address, ["home address", "address", "childs address", "childs home address", "address of child", "home address of child"]),
        (FormField.EthnicOrigin, ["ethnic origin", "ethnicity", "childs ethnicity", "childs ethnic origin"]),
        (FormField.ChildProtectionPlan, ["is was subject to child protection plan", "is was subject to a child protection plan", "subject to child protection plan", "subject to a child protection plan", "child protection plan", "on a child protection plan", "cp plan", "subject to cp plan", "is was subject to cp plan", "subject of a child protection plan"]),
        (FormField.Whereabouts, ["whereabouts at time of critical incident", "whereabouts at time of incident", "whereabouts at the time of the incident", "whereabouts at the time of the critical incident", "whereabouts", "where was the child", "location at time of incident"]),
        (FormField.Carer, ["carer at time of critical incident", "carer at time of incident", "carer at the time of the incident", "carer at the time of the critical incident", "carer", "carer at the time"]),
        (FormField.Circumstances, ["circumstances", "circumstances that triggered the referral", "circumstance", "category", "categories", "circumstances category", "criteria"]),
        (FormField.ReferralDate, ["date of referral", "referral date", "date referred", "date of this referral"]),
        (FormField.SignedBy, ["signed", "signature", "signed by"]),
    ];

    private static readonly (FormSection Section, string[] Headings)[] Sections =
    [
        (FormSection.Referrer, ["referrer", "referrer details", "details of referrer", "about you", "referrers details"]),
        (FormSection.Child, ["child and family", "child", "child details", "details of child", "the child", "childs details", "details of the child"]),
        (FormSection.Family, ["family composition significant others", "family composition", "significant others", "family composition and significant others", "family", "family members", "household", "household members"]),
        (FormSection.Agencies, ["other agencies involved", "agencies involved", "other agencies", "agencies", "professionals involved", "other professionals involved"]),
        (FormSection.Circumstances, ["circumstances that triggered the referral", "circumstances", "category", "reason for referral", "circumstances of the referral"]),
        (FormSection.Chronology, ["chronology of key dates", "chronology", "key dates", "timeline", "chronology of events"]),
        (FormSection.Closing, ["part 2", "part 3"]),
    ];

    /// <summary>The field this label names; a bare "name" is the referrer's or the child's depending on the section.</summary>
    public static FormField? Field(string label, FormSection section)
    {
        var key = LabelText.Normalise(label);
        if (key is "name" or "full name")
        {
            return section switch
            {
                FormSection.Referrer => FormField.ReferrerName,
                FormSection.Child => FormField.ChildName,
                _ => null,
            };
        }

        return Match(key, Fields);
    }

    public static FormSection? Section(string heading)
    {
        var key = LabelText.Normalise(heading);
        if (key.StartsWith("part 2", StringComparison.Ordinal) || key.StartsWith("part 3", StringComparison.Ordinal))
        {
            return FormSection.Closing;
        }

        return Match(key, Sections);
    }

    private static T? Match<T>(string key, (T Value, string[] Words)[] table)
        where T : struct
    {
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (value, words) in table)
        {
            if (Array.IndexOf(words, key) >= 0)
            {
                return value;
            }
        }

        var tolerance = LabelText.Tolerance(key);
        if (tolerance == 0)
        {
            return null;
        }

        T? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var (value, words) in table)
        {
            foreach (var word in words)
            {
                // The distance is at least the difference in length, so most labels need no comparing at all.
                if (word.Length < 7 || Math.Abs(word.Length - key.Length) > tolerance)
                {
                    continue;
                }

                var distance = LabelText.Distance(key, word);
                if (distance > tolerance || distance > bestDistance)
                {
                    continue;
                }

                tie = distance == bestDistance && !EqualityComparer<T?>.Default.Equals(best, value);
                (best, bestDistance) = (value, distance);
            }
        }

        return tie ? null : best;
    }
}
