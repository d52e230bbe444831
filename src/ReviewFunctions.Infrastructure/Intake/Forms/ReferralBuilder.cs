using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Interprets the collected text of a form: dates read the UK way, yes/no answers, the e-mail address, the
/// circumstances letters, the grids. Every value that cannot be read becomes a problem naming the field and quoting
/// what was typed; two different values for one field are a contradiction, never silently resolved.
/// </summary>
internal sealed partial class ReferralBuilder
{
    private readonly CollectedForm _form;
    private readonly List<IntakeProblem> _problems = [];

    private ReferralBuilder(CollectedForm form) => _form = form;

    public static (Referral Referral, IReadOnlyList<IntakeProblem> Problems) Build(CollectedForm form)
    {
        var builder = new ReferralBuilder(form);
        var referral = builder.Build();
        return (referral, builder._problems);
    }

    private Referral Build()
    {
        var referrer = new Referrer(
            Text(FormField.ReferrerName),
            Text(FormField.ReferrerAgency),
            Email(),
            Text(FormField.ReferrerPhone),
            Text(FormField.LineManager));
        var child = new ReferredChild(
            Text(FormField.ChildName),
            Date(FormField.DateOfBirth),
            Date(FormField.DateOfDeath),
            Date(FormField.IncidentDate),
            Text(FormField.Address),
            Text(FormField.EthnicOrigin),
            YesOrNo(FormField.ChildProtectionPlan),
            Text(FormField.Whereabouts),
            Text(FormField.Carer));
        var (circumstances, description) = Circumstances();
        return new Referral(
            referrer,
            child,
            Family(),
            Agencies(),
            circumstances,
            description,
            Chronology(),
            Date(FormField.ReferralDate),
            Text(FormField.SignedBy));
    }

    /// <summary>The one value given for a field, or null; two different ones are reported and the first kept.</summary>
    private string? Single(FormField field, Func<string, string> comparable)
    {
        if (!_form.Values.TryGetValue(field, out var values))
        {
            return null;
        }

        var given = values.Where(v => !UkDateReader.IsBlank(v)).Select(v => Spaces().Replace(v.Trim(), " ")).ToList();
        var distinct = given.DistinctBy(comparable, StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > 1)
        {
            _problems.Add(new IntakeProblem(
                field.Path(),
                $"The form gives {field.Words()} more than once, differently ('{distinct[0]}' and '{distinct[1]}'). Please give one."));
        }

        return given.FirstOrDefault();
    }

    private string? Text(FormField field) => Single(field, v => v);

    private string? Email()
    {
        var value = Single(FormField.ReferrerEmail, v => v);
        if (value is null)
        {
            return null;
        }

        var address = EmailAddresses.Extract(value);
        if (address is null)
        {
            _problems.Add(new IntakeProblem(FormField.ReferrerEmail.Path(), $"'{value}' is not an e-mail address we can write to. Please give your work e-mail address."));
        }

        return address;
    }

    private DateOnly? Date(FormField field)
    {
        var value = Single(field, v => UkDateReader.TryRead(v, out var d, out _) ? d.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : v);
        return value is null ? null : ReadDate(field.Path(), Capitalise(field.Words()), value);
    }

    private DateOnly? ReadDate(string path, string what, string value)
    {
        if (UkDateReader.TryRead(value, out var date, out var reason))
        {
            return date.Date;
        }

        _problems.Add(new IntakeProblem(path, $"{what} '{value}' {reason}."));
        return null;
    }

    private bool? YesOrNo(FormField field)
    {
        var value = Single(field, v => YesNo.TryRead(v, out var b) ? b.ToString() : v);
        return value is null ? null : ReadYesNo(field.Path(), field.Words(), value);
    }

    private bool? ReadYesNo(string path, string what, string value)
    {
        if (YesNo.IsUnanswered(value))
        {
            return null;
        }

        if (YesNo.TryRead(value, out var answer))
        {
            return answer;
        }

        _problems.Add(new IntakeProblem(path, $"Please answer yes or no for {what} (the form says '{value}')."));
        return null;
    }

    private (IReadOnlyList<string> Letters, string? Description) Circumstances()
    {
        var letters = new List<string>(_form.Ticked);
        var description = new List<string>(_form.Description);
        if (_form.Values.TryGetValue(FormField.Circumstances, out var values))
        {
            foreach (var value in values)
            {
                if (!CircumstanceLetters.TryRead(value, out var typed, out var note, out var problem))
                {
                    _problems.Add(new IntakeProblem(FormField.Circumstances.Path(), problem!));
                }

                letters.AddRange(typed.Where(l => !letters.Contains(l)));
                if (!string.IsNullOrWhiteSpace(note))
                {
                    description.Insert(0, note);
                }
            }
        }

        letters.Sort(StringComparer.Ordinal);
        return (letters, description.Count == 0 ? null : string.Join("\n", description));
    }

    private List<FamilyMember> Family()
    {
        var members = new List<FamilyMember>();
        foreach (var row in _form.Family)
        {
            var i = members.Count;
            var path = $"family[{i}]";
            var name = row[TableColumns.FamilyName];
            if (name is null)
            {
                _problems.Add(new IntakeProblem(path + ".name", $"Row {i + 1} of the family composition has no name. Please add the person's name or remove the row."));
            }

            var dob = row[TableColumns.FamilyDateOfBirth] is { } d && !UkDateReader.IsBlank(d)
                ? ReadDate(path + ".dateOfBirth", $"The date of birth in row {i + 1} of the family composition", d)
                : null;
            var plan = row[TableColumns.FamilyPlan] is { } p ? ReadYesNo(path + ".childProtectionPlan", $"row {i + 1} of the family composition's child protection plan", p) : null;
            members.Add(new FamilyMember(
                name ?? string.Empty,
                row[TableColumns.FamilyRelationship],
                dob,
                row[TableColumns.FamilyAddress],
                row[TableColumns.FamilyLegalStatus],
                row[TableColumns.FamilyEthnicOrigin],
                plan));
        }

        return members;
    }

    private List<InvolvedAgency> Agencies()
    {
        var agencies = new List<InvolvedAgency>();
        foreach (var row in _form.Agencies)
        {
            var i = agencies.Count;
            var still = row[TableColumns.AgencyStillInvolved] is { } s
                ? ReadYesNo($"agencies[{i}].stillInvolved", $"whether the agency in row {i + 1} of the other agencies is still involved", s)
                : null;
            agencies.Add(new InvolvedAgency(row[TableColumns.AgencyName], row[TableColumns.AgencyAgency], row[TableColumns.AgencyContact], still));
        }

        return agencies;
    }

    private List<ChronologyEntry> Chronology()
    {
        var entries = new List<ChronologyEntry>();
        for (var i = 0; i < _form.Chronology.Count; i++)
        {
            var (date, happened) = _form.Chronology[i];
            if (UkDateReader.TryRead(date, out var when, out var reason))
            {
                entries.Add(new ChronologyEntry(when.Date, when.Time, happened));
            }
            else
            {
                _problems.Add(new IntakeProblem($"chronology[{i}].date", $"The date in row {i + 1} of the chronology '{date}' {reason}."));
            }
        }

        return entries;
    }

    private static string Capitalise(string words) => char.ToUpperInvariant(words[0]) + words[1..];

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
