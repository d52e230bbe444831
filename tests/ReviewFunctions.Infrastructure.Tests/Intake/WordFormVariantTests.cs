using DocumentFormat.OpenXml.Wordprocessing;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>Variants of the Word form as Boards and referrers really fill it in, each read to its fields.</summary>
public sealed class WordFormVariantTests
{
    private static readonly DateOnly Received = new(2027, 2, 8);
    private static readonly FormContent Form = new();

    private static ReferralReading Read(byte[] docx) => ReferralReader.ReadWordForm(docx, "referral.docx", Received);

    private static ReferralReading Read(FormContent form) => Read(form.ToDocx());

    [Fact]
    public void Labels_in_other_words_cases_and_punctuation_are_recognised()
    {
        var form = Form with
        {
            Referrer = [["Referrer's name:", "Priya Raman", "Organisation", "Westbridge Children's Services"], ["E-mail address", "priya.raman@westbridge.example.gov.uk", "Line Manager's Name", "Tom Ellery"], ["Tel. No.", "01632 960123"]],
            Child =
            [
                ["CHILD'S NAME", "Jayden Marsh"], ["D.O.B.", "14/06/2023"], ["Date of Death", "N/A"], ["Date of incident", "5 Feb 2027"],
                ["Address", "12 Alder Row, Westbridge WB4 2QT"], ["Ethnicity", "White British"], ["Subject to a Child Protection Plan?", "Yes"],
            ],
        };

        var r = Read(form).Referral!;

        Assert.Equal(new Referrer("Priya Raman", "Westbridge Children's Services", "priya.raman@westbridge.example.gov.uk", "01632 960123", "Tom Ellery"), r.Referrer);
        Assert.Equal(("Jayden Marsh", new DateOnly(2023, 6, 14), (DateOnly?)null, new DateOnly(2027, 2, 5)), (r.Child.Name, r.Child.DateOfBirth!.Value, r.Child.DateOfDeath, r.Child.IncidentDate!.Value));
        Assert.Equal(("White British", true), (r.Child.EthnicOrigin, r.Child.ChildProtectionPlan));
    }

    [Fact]
    public void A_typo_in_a_long_label_is_forgiven_but_not_in_a_short_one()
    {
        var r = Read(Form.WithChild("Date of Birth", "14/06/2023") with
        {
            Child = [["Name of chlid", "Jayden Marsh"], ["Date of brith", "14/06/2023"], ["Date of critical incident", "05/02/2027"], ["DOV", "01/01/2020"]],
        });

        Assert.Equal(("Jayden Marsh", new DateOnly(2023, 6, 14)), (r.Referral!.Child.Name, r.Referral.Child.DateOfBirth!.Value));
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Label_and_value_in_the_same_cell_are_read()
    {
        var r = Read(Form with { Child = [["Name of child: Jayden Marsh"], ["Date of birth: 14/06/2023"], ["Date of critical incident: 05/02/2027"]] });

        Assert.Equal(("Jayden Marsh", new DateOnly(2023, 6, 14), new DateOnly(2027, 2, 5)), (r.Referral!.Child.Name, r.Referral.Child.DateOfBirth!.Value, r.Referral.Child.IncidentDate!.Value));
    }

    [Fact]
    public void Every_missing_required_field_is_named()
    {
        var form = Form.WithReferrer("NAME", string.Empty).WithReferrer("AGENCY", " ").WithReferrer("EMAIL", string.Empty)
            .WithChild("Name Of Child", string.Empty).WithChild("Date of Birth", string.Empty).WithChild("Date of critical incident", "n/a")
            with
        { Circumstances = ["[ ] a) Death of the child", "[ ] b) Potentially life-threatening injury"] };

        var reading = Read(form);

        Assert.Equal(
            ["referrer.name", "referrer.agency", "referrer.email", "child.name", "child.dateOfBirth", "child.incidentDate", "circumstances"],
            reading.Problems.Select(p => p.Field));
        Assert.All(reading.Problems, p => Assert.StartsWith("Please ", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_field_given_twice_differently_is_a_contradiction_not_a_choice()
    {
        var docx = Form.ToDocxBuilder().Paragraph("Date of birth: 15/06/2023").Build();

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("child.dateOfBirth", problem.Field);
        Assert.Contains("'14/06/2023' and '15/06/2023'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_date_given_twice_in_different_formats_agrees()
    {
        var docx = Form.ToDocxBuilder().Paragraph("Date of birth: 14 June 2023").Build();

        var reading = Read(docx);

        Assert.Empty(reading.Problems);
        Assert.Equal(new DateOnly(2023, 6, 14), reading.Referral!.Child.DateOfBirth);
    }

    [Fact]
    public void An_impossible_date_names_the_field_and_quotes_what_was_typed()
    {
        var problem = Assert.Single(Read(Form.WithChild("Date of Birth", "31/06/2023")).Problems);

        Assert.Equal(("child.dateOfBirth", "The child's date of birth '31/06/2023' is not a real date: June 2023 has no day 31."), (problem.Field, problem.Message));
    }

    [Fact]
    public void An_incident_after_the_email_arrived_is_reported()
    {
        var problem = Assert.Single(Read(Form.WithChild("Date of critical incident", "09/02/2027")).Problems);

        Assert.Equal("child.incidentDate", problem.Field);
        Assert.Contains("after this e-mail arrived (8 February 2027)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incident_before_birth_is_reported()
    {
        var problem = Assert.Single(Read(Form.WithChild("Date of Birth", "06/02/2027")).Problems);

        Assert.Equal("child.incidentDate", problem.Field);
        Assert.Contains("is before the child's date of birth (6 February 2027)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_death_before_birth_and_an_incident_after_death_are_both_reported()
    {
        var form = Form.WithChild("Date of death (If Applicable)", "01/02/2023") with { Circumstances = ["[X] a) Death of the child"] };

        var fields = Read(form).Problems.Select(p => p.Field).ToList();

        Assert.Equal(["child.dateOfDeath", "child.incidentDate"], fields);
    }

    [Fact]
    public void Death_ticked_without_a_date_of_death_is_reported()
    {
        var problem = Assert.Single(Read(Form with { Circumstances = ["[X] a) Death of the child"] }).Problems);

        Assert.Equal("child.dateOfDeath", problem.Field);
    }

    [Fact]
    public void Ticks_as_symbols_content_controls_and_legacy_check_boxes_are_all_read()
    {
        var docx = (Form with { Circumstances = [] }).ToDocxBuilder()
            .Paragraph("☐ a) Death of the child")
            .Paragraph("☒ b) Potentially life-threatening injury")
            .Element(DocxBuilder.CheckBoxContentControl(true, "c) The parent has been murdered"))
            .Element(DocxBuilder.CheckBoxContentControl(false, "d) The child has been killed by a parent with a mental illness"))
            .Element(DocxBuilder.LegacyCheckBox(true, "e) Concerns about inter-agency working"))
            .Build();

        Assert.Equal(["b", "c", "e"], Read(docx).Referral!.Circumstances);
    }

    [Fact]
    public void Circumstances_marked_in_a_second_column_are_read()
    {
        var docx = (Form with { Circumstances = [] }).ToDocxBuilder()
            .Paragraph("5. Circumstances that triggered the referral")
            .Table(["a) Death of the child", ""], ["b) Potentially life-threatening injury", "X"], ["e) Concerns about inter-agency working", "✓"])
            .Build();

        Assert.Equal(["b", "e"], Read(docx).Referral!.Circumstances);
    }

    [Fact]
    public void The_template_answer_YES_NO_left_as_printed_is_no_answer()
    {
        var r = Read(Form.WithChild("Is/was subject to Child Protection Plan", "YES/NO"));

        Assert.Empty(r.Problems);
        Assert.Null(r.Referral!.Child.ChildProtectionPlan);
    }

    [Fact]
    public void A_yes_no_answer_that_is_neither_is_asked_about()
    {
        var problem = Assert.Single(Read(Form.WithChild("Is/was subject to Child Protection Plan", "Possibly")).Problems);

        Assert.Equal("child.childProtectionPlan", problem.Field);
    }

    [Fact]
    public void Grid_rows_with_unreadable_dates_are_reported_by_row()
    {
        var form = Form with
        {
            Family = [Form.Family[0], ["Kerry Marsh", "Mother", "2/11/01", "", "", "", "No"]],
            Chronology = [Form.Chronology[0], ["05/02/2027", "Ambulance called"], ["the next day", "Strategy discussion"]],
        };

        var reading = Read(form);

        Assert.Equal(["family[0].dateOfBirth", "chronology[1].date"], reading.Problems.Select(p => p.Field));
        Assert.False(reading.Referral!.Family[0].ChildProtectionPlan);
        Assert.Single(reading.Referral.Chronology);
    }

    [Fact]
    public void Grid_columns_are_found_by_their_headers_in_any_order()
    {
        var form = Form with
        {
            Family = [["DOB", "Relationship", "Full name"], ["02/11/2001", "Mother", "Kerry Marsh"]],
            Agencies = [["Agency", "Still involved", "Practitioner"], ["Westbridge Police", "No", "DS Helen Crane"]],
        };

        var r = Read(form).Referral!;

        Assert.Equal([new FamilyMember("Kerry Marsh", "Mother", new DateOnly(2001, 11, 2))], r.Family);
        Assert.Equal([new InvolvedAgency("DS Helen Crane", "Westbridge Police", null, false)], r.Agencies);
    }

    [Fact]
    public void The_referrer_e_mail_is_taken_from_name_and_address_as_typed()
    {
        var r = Read(Form.WithReferrer("EMAIL", "Priya Raman <Priya.Raman@Westbridge.example.gov.uk>")).Referral!;

        Assert.Equal("priya.raman@westbridge.example.gov.uk", r.Referrer.Email);
    }

    [Fact]
    public void Something_that_is_not_an_e_mail_address_is_reported()
    {
        var problem = Assert.Single(Read(Form.WithReferrer("EMAIL", "priya at westbridge")).Problems);

        Assert.Equal("referrer.email", problem.Field);
    }

    [Fact]
    public void Tracked_deletions_are_not_read_as_the_value()
    {
        var docx = (Form with { Child = [] }).ToDocxBuilder()
            .Element(new Table(
                new TableRow(new TableCell(new Paragraph(new Run(new Text("Name of child")))), new TableCell(new Paragraph(new Run(new Text("Jayden Marsh"))))),
                new TableRow(
                    new TableCell(new Paragraph(new Run(new Text("Date of birth")))),
                    new TableCell(new Paragraph(new DeletedRun(new Run(new DeletedText("13/06/2023"))), new InsertedRun(new Run(new Text("14/06/2023")))))),
                new TableRow(new TableCell(new Paragraph(new Run(new Text("Date of critical incident")))), new TableCell(new Paragraph(new Run(new Text("05/02/2027")))))))
            .Build();

        var reading = Read(docx);

        Assert.Empty(reading.Problems);
        Assert.Equal(new DateOnly(2023, 6, 14), reading.Referral!.Child.DateOfBirth);
    }

    [Fact]
    public void A_document_that_is_not_the_form_says_so()
    {
        var reading = Read(new DocxBuilder().Paragraph("Minutes of the strategy meeting").Paragraph("Present: the team").Build());

        Assert.Null(reading.Referral);
        Assert.Equal("document", Assert.Single(reading.Problems).Field);
    }
}
