using System.Globalization;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// What a referral needs before a review can start: who is referring (name, agency, e-mail), the child (name, date
/// of birth, date of the critical incident), at least one circumstance, and dates that can all be true together.
/// A field that already has a problem (say, a date that could not be read) is not reported again as missing.
/// </summary>
public static class ReferralValidator
{
    public static IReadOnlyList<IntakeProblem> Validate(Referral referral, DateOnly receivedOn, IReadOnlyCollection<string> fieldsWithProblems)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(fieldsWithProblems);
        var problems = new List<IntakeProblem>();
        void Require(object? value, FormField field)
        {
            if ((value is null || value is string { Length: 0 }) && !fieldsWithProblems.Contains(field.Path()))
            {
                problems.Add(new IntakeProblem(field.Path(), $"Please give {field.Words()}: the form needs it before a review can be considered."));
            }
        }

        Require(referral.Referrer.Name, FormField.ReferrerName);
        Require(referral.Referrer.Agency, FormField.ReferrerAgency);
        Require(referral.Referrer.Email, FormField.ReferrerEmail);
        Require(referral.Child.Name, FormField.ChildName);
        Require(referral.Child.DateOfBirth, FormField.DateOfBirth);
        Require(referral.Child.IncidentDate, FormField.IncidentDate);
        if (referral.Circumstances.Count == 0 && !fieldsWithProblems.Contains(FormField.Circumstances.Path()))
        {
            problems.Add(new IntakeProblem(FormField.Circumstances.Path(), "Please tick at least one of the circumstances a to e in section 5 (or write, for example, 'Circumstances: b')."));
        }

        CheckDates(referral, receivedOn, problems);
        return problems;
    }

    private static void CheckDates(Referral referral, DateOnly receivedOn, List<IntakeProblem> problems)
    {
        var child = referral.Child;
        if (child.IncidentDate is { } incident && incident > receivedOn)
        {
            problems.Add(new IntakeProblem("child.incidentDate", $"The date of the critical incident ({Show(incident)}) is after this e-mail arrived ({Show(receivedOn)}). Please check it."));
        }

        if (child.DateOfBirth is { } birth)
        {
            if (birth > receivedOn)
            {
                problems.Add(new IntakeProblem("child.dateOfBirth", $"The child's date of birth ({Show(birth)}) is after this e-mail arrived ({Show(receivedOn)}). Please check it."));
            }
            else if (child.IncidentDate is { } when && when < birth)
            {
                problems.Add(new IntakeProblem("child.incidentDate", $"The date of the critical incident ({Show(when)}) is before the child's date of birth ({Show(birth)}). Please check both dates."));
            }

            if (child.DateOfDeath is { } died && died < birth)
            {
                problems.Add(new IntakeProblem("child.dateOfDeath", $"The date of death ({Show(died)}) is before the child's date of birth ({Show(birth)}). Please check both dates."));
            }
        }

        if (child.DateOfDeath is { } death)
        {
            if (death > receivedOn)
            {
                problems.Add(new IntakeProblem("child.dateOfDeath", $"The date of death ({Show(death)}) is after this e-mail arrived ({Show(receivedOn)}). Please check it."));
            }

            if (child.IncidentDate is { } happened && happened > death)
            {
                problems.Add(new IntakeProblem("child.incidentDate", $"The date of the critical incident ({Show(happened)}) is after the date of death ({Show(death)}). Please check both dates."));
            }
        }
        else if (referral.Circumstances.Contains("a") && !problems.Exists(p => p.Field == "child.dateOfDeath"))
        {
            problems.Add(new IntakeProblem("child.dateOfDeath", "Circumstance (a), the death of the child, is ticked but no date of death is given. Please give the date of death, or tick the circumstance that applies."));
        }

        if (referral.ReferralDate is { } referred && referred > receivedOn)
        {
            problems.Add(new IntakeProblem("referralDate", $"The date of referral ({Show(referred)}) is after this e-mail arrived ({Show(receivedOn)}). Please check it."));
        }

        for (var i = 0; i < referral.Family.Count; i++)
        {
            if (referral.Family[i].DateOfBirth is { } born && born > receivedOn)
            {
                problems.Add(new IntakeProblem($"family[{i}].dateOfBirth", $"The date of birth in row {i + 1} of the family composition ({Show(born)}) is after this e-mail arrived. Please check it."));
            }
        }
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
