using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// What a reply to the sender says about one problem: which part of the form is wrong and what to do, in the form's
/// words. It is made from the problem's field alone, never from its message, which may quote what was typed (a date
/// of birth, a name in a file name): a reply can be forwarded further than the referral was, so nothing from the form
/// can reach it, whatever a problem's message says now or later.
/// </summary>
internal static partial class ProblemAdvice
{
    // No example date: any date could be one from the form.
    private const string RealDate = "a real date, written day, month and year in figures (dd/mm/yyyy), that fits with the other dates on the form and is not after the day you sent it";

    public static string For(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Enum.GetValues<FormField>().Where(f => f.Path() == field).Cast<FormField?>().FirstOrDefault() is { } single)
        {
            return Single(single);
        }

        if (Row().Match(field) is { Success: true } row)
        {
            return Row(row.Groups["table"].Value, int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture) + 1, row.Groups["column"].Value);
        }

        if (Attachment().Match(field) is { Success: true } attachment)
        {
            var number = int.Parse(attachment.Groups["index"].Value, CultureInfo.InvariantCulture) + 1;
            var where = attachment.Groups["forwarded"].Success ? $"Attachment {number} of the e-mail you forwarded" : $"Attachment {number}";
            return attachment.Groups["body"].Success
                ? $"{where}: it holds active content (such as a script), which we do not open. Please send the form as a Word attachment, or as plain text."
                : $"{where}: we could not open it as the referral form. Please send the form as a plain Word document (.docx), without macros, links to other files or a password, and nothing else attached.";
        }

        return field switch
        {
            "message" => "The e-mail: we could not read a referral form from it. Please attach the completed form as a Word document (.docx) to a new e-mail, on its own, or type its fields into the e-mail as 'Label: value' lines.",
            "body" => "The text of the e-mail: it holds active content (such as a script), which we do not open. Please send the form as a Word attachment, or as plain text.",
            "attachments" => "The attachments: the e-mail holds more than one referral form. Please send each referral in its own e-mail.",
            "document" => "The document: we could not read it as the Board's referral form. Please use the Board's referral form, saved as a plain Word document (.docx).",
            _ => "Another part of the form: please check it before sending the form again.",
        };
    }

    private static string Single(FormField field)
    {
        var words = char.ToUpperInvariant(field.Words()[0]) + field.Words()[1..];
        return field switch
        {
            FormField.DateOfBirth or FormField.DateOfDeath or FormField.IncidentDate or FormField.ReferralDate
                => $"{words}: please give it once, as {RealDate}.",
            FormField.ChildProtectionPlan => $"{words}: please answer yes or no.",
            FormField.ReferrerEmail => $"{words}: please give your work e-mail address, once.",
            FormField.Circumstances => $"{words}: please tick at least one of the circumstances a to e in section 5, or write their letters (for example 'Circumstances: b').",
            _ => $"{words}: please give it, once.",
        };
    }

    private static string Row(string table, int number, string column) => (table, column) switch
    {
        ("family", "name") => $"Row {number} of the family composition: please give the person's name, or remove the row.",
        ("family", "dateOfBirth") => $"Row {number} of the family composition: please give the date of birth as {RealDate}.",
        ("family", "childProtectionPlan") => $"Row {number} of the family composition: please answer yes or no for the child protection plan.",
        ("agencies", _) => $"Row {number} of the other agencies involved: please answer yes or no for whether the agency is still involved.",
        ("chronology", _) => $"Row {number} of the chronology: please give the date as a real date, written day, month and year in figures (dd/mm/yyyy), with any time as 24-hour hh:mm.",
        _ => $"Row {number} of the form's table: please check it before sending the form again.",
    };

    [GeneratedRegex(@"^(?<table>family|agencies|chronology)\[(?<index>\d{1,4})\]\.(?<column>[A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    [GeneratedRegex(@"^(?<forwarded>attachments\[\d{1,4}\]\.)?attachments\[(?<index>\d{1,4})\](?<body>\.body)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Attachment();
}
