namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>
/// The referral form's content laid out as 004 Appendix 1 lays it out (filled in like sample ref-a), written either
/// as a Word form or as the fields typed into an e-mail body. Tests change one piece and see what intake reads.
/// </summary>
internal sealed record FormContent
{
    public string[][] Referrer { get; init; } =
    [
        ["NAME", "Priya Raman", "AGENCY", "Westbridge Children's Services"],
        ["EMAIL", "priya.raman@westbridge.example.gov.uk", "LINE MANAGER", "Tom Ellery"],
        ["PHONE No", "01632 960123", "", ""],
    ];

    public string[][] Child { get; init; } =
    [
        ["Name Of Child", "Jayden Marsh"],
        ["Date of Birth", "14/06/2023"],
        ["Date of death (If Applicable)", ""],
        ["Date of critical incident", "05/02/2027"],
        ["Home Address", "12 Alder Row, Westbridge WB4 2QT"],
        ["Ethnic origin", "White British"],
        ["Is/was subject to Child Protection Plan", "YES"],
        ["Whereabouts at time of critical incident", "Family home"],
        ["Carer at time of critical incident", "Mother"],
    ];

    public string[][] Family { get; init; } =
    [
        ["Name", "Relationship to child", "DOB", "Address", "Legal Status", "Ethnic Origin", "Is/was subject to CP Plan?"],
        ["Kerry Marsh", "Mother", "02/11/2001", "", "", "", ""],
        ["Dean Fowler", "Mother's partner", "19/08/1998", "", "", "", ""],
        ["Leah Marsh", "Sibling", "30/01/2020", "", "", "", ""],
    ];

    public string[][] Agencies { get; init; } =
    [
        ["Name", "Agency", "Contact Details", "Are they still involved?"],
        ["Sam Okafor", "Westbridge Primary Care Trust (Health Visiting)", "sam.okafor@westbridge-health.example.nhs.uk", "Yes"],
        ["DS Helen Crane", "Westbridge Police", "helen.crane@police.example.uk", "Yes"],
    ];

    public string[] Circumstances { get; init; } =
    [
        "[ ] a) Death of the child",
        "[X] b) Potentially life-threatening injury or serious impairment",
        "[ ] c) The parent has been murdered and a homicide review is being initiated",
        "[ ] d) The child has been killed by a parent with a mental illness",
        "[X] e) Concerns about inter-agency working",
        "Admitted to hospital with injuries consistent with non-accidental harm while subject to a child protection plan.",
    ];

    public string[][] Chronology { get; init; } =
    [
        ["Date (& time where appropriate)", "Event"],
        ["05/02/2027 21:10", "Ambulance called to the family home"],
        ["06/02/2027", "Strategy discussion held"],
    ];

    public string[] Closing { get; init; } = ["Date of Referral: 08/02/2027", "Signed: Priya Raman"];

    /// <summary>The same form with one child-section row's value changed (matched by its label).</summary>
    public FormContent WithChild(string label, string value) =>
        this with { Child = Child.Select(r => r[0] == label ? [r[0], value] : r).ToArray() };

    public FormContent WithReferrer(string label, string value) =>
        this with { Referrer = Referrer.Select(r => Replace(r, label, value)).ToArray() };

    public DocxBuilder ToDocxBuilder() => new DocxBuilder()
        .Paragraph("Consideration of Case for Serious Case Review - Referral", bold: true)
        .Paragraph("PART 1")
        .Paragraph("1. Referrer", bold: true)
        .Table(Referrer)
        .Paragraph("2. Child and Family", bold: true)
        .Table(Child)
        .Paragraph("3. Family composition/Significant Others", bold: true)
        .Table(Family)
        .Paragraph("4. Other agencies involved", bold: true)
        .Table(Agencies)
        .Paragraph("5. Circumstances that triggered the referral", bold: true)
        .Lines(Circumstances)
        .Paragraph("7. Chronology of key dates", bold: true)
        .Table(Chronology)
        .Lines(Closing);

    public byte[] ToDocx() => ToDocxBuilder().Build();

    /// <summary>The fields as someone types them into an e-mail, in the shape of the ref-a body sample.</summary>
    public string ToBodyText()
    {
        var lines = new List<string> { "Referral for consideration of a serious case review", string.Empty, "Referrer" };
        foreach (var row in Referrer)
        {
            for (var i = 0; i + 1 < row.Length; i += 2)
            {
                if (row[i].Length > 0)
                {
                    lines.Add($"{row[i]}: {row[i + 1]}");
                }
            }
        }

        lines.Add(string.Empty);
        lines.Add("Child and family");
        lines.AddRange(Child.Select(r => $"{r[0]}: {r[1]}"));
        lines.Add(string.Empty);
        lines.Add("Family composition:");
        lines.AddRange(Family.Skip(1).Select(r => $"- {r[0]}; {r[1]}; {r[2]}"));
        lines.Add(string.Empty);
        lines.Add("Other agencies involved:");
        lines.AddRange(Agencies.Skip(1).Select(r => $"- {r[0]}; {r[1]}; {r[2]}; still involved: {r[3]}"));
        lines.Add(string.Empty);
        lines.Add("Circumstances that triggered the referral");
        lines.AddRange(Circumstances);
        lines.Add(string.Empty);
        lines.Add("Chronology:");
        lines.AddRange(Chronology.Skip(1).Select(r => $"- {r[0]}: {r[1]}"));
        lines.Add(string.Empty);
        lines.AddRange(Closing);
        return string.Join('\n', lines);
    }

    private static string[] Replace(string[] row, string label, string value)
    {
        var copy = (string[])row.Clone();
        for (var i = 0; i + 1 < copy.Length; i += 2)
        {
            if (copy[i] == label)
            {
                copy[i + 1] = value;
            }
        }

        return copy;
    }
}

internal static class DocxBuilderLines
{
    public static DocxBuilder Lines(this DocxBuilder builder, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            builder.Paragraph(line);
        }

        return builder;
    }
}
