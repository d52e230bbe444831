using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>The form typed into an e-mail, the way people type it: their own labels, order, separators and HTML.</summary>
public sealed class EmailBodyVariantTests
{
    private static readonly DateOnly Received = new(2027, 2, 8);

    private static ReferralReading Read(string body, string contentType = "text") =>
        ReferralReader.Read(Messages.Parse(Messages.Json("<variant@example.gov.uk>", body, contentType)), Received, new IntakeLimits());

    [Fact]
    public void The_whole_form_typed_as_label_value_lines_reads_like_the_word_form()
    {
        var form = new FormContent();

        var typed = Read(form.ToBodyText());
        var word = ReferralReader.ReadWordForm(form.ToDocx(), "referral.docx", Received);

        Assert.Empty(typed.Problems);
        Assert.Equal(ReferralJson.Serialize(word.Referral!), ReferralJson.Serialize(typed.Referral!));
    }

    [Fact]
    public void Synonyms_casing_and_spacing_of_labels_are_tolerated()
    {
        var r = Read("""
            REFERRED BY : Priya Raman
            organisation:Westbridge Children's Services
            E-Mail:   priya.raman@westbridge.example.gov.uk
            Tel: 01632 960123
            Child's full name: Jayden Marsh
            DOB: 14 June 2023
            Incident date: 5th Feb 2027
            Ethnicity: White British
            CP plan: y
            Category: (b) and (e)
            """).Referral!;

        Assert.Equal(new Referrer("Priya Raman", "Westbridge Children's Services", "priya.raman@westbridge.example.gov.uk", "01632 960123", null), r.Referrer);
        Assert.Equal(("Jayden Marsh", new DateOnly(2023, 6, 14), new DateOnly(2027, 2, 5), true), (r.Child.Name, r.Child.DateOfBirth!.Value, r.Child.IncidentDate!.Value, r.Child.ChildProtectionPlan));
        Assert.Equal(["b", "e"], r.Circumstances);
    }

    [Fact]
    public void A_bare_name_belongs_to_the_section_it_is_typed_in()
    {
        var r = Read("""
            Referrer
            Name: Priya Raman
            Agency: Westbridge Children's Services
            Email: priya.raman@westbridge.example.gov.uk

            Child
            Name: Jayden Marsh
            Date of birth: 14/06/2023
            Date of critical incident: 05/02/2027
            Circumstances: b
            """).Referral!;

        Assert.Equal(("Priya Raman", "Jayden Marsh"), (r.Referrer.Name, r.Child.Name));
    }

    [Fact]
    public void Grid_rows_typed_with_commas_bullets_and_their_own_labels_are_read()
    {
        var r = Read("""
            Referrer: Priya Raman
            Agency: Westbridge Children's Services
            Email: priya.raman@westbridge.example.gov.uk
            Name of child: Jayden Marsh
            Date of birth: 14/06/2023
            Date of critical incident: 05/02/2027
            Circumstances: b

            Family composition:
            • Kerry Marsh, Mother, 02/11/2001
            * Dean Fowler | Mother's partner | DOB: 19/08/1998 | address: 3 Elm Close, Westbridge

            Other agencies involved:
            1. Sam Okafor; Health Visiting; 01632 960999; No
            2) DS Helen Crane; Westbridge Police; still involved: yes

            Chronology:
            - 5 Feb 2027 - Ambulance called
            - 06/02/2027 – Strategy discussion held
            """).Referral!;

        Assert.Equal(
            [new FamilyMember("Kerry Marsh", "Mother", new DateOnly(2001, 11, 2)), new FamilyMember("Dean Fowler", "Mother's partner", new DateOnly(1998, 8, 19), "3 Elm Close, Westbridge")],
            r.Family);
        Assert.Equal(
            [new InvolvedAgency("Sam Okafor", "Health Visiting", "01632 960999", false), new InvolvedAgency("DS Helen Crane", "Westbridge Police", null, true)],
            r.Agencies);
        Assert.Equal([new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6)], r.Chronology.Select(c => c.Date));
        Assert.Equal("Ambulance called", r.Chronology[0].Event);
    }

    [Fact]
    public void A_word_table_pasted_into_an_html_e_mail_is_read_as_labels_and_values()
    {
        var html = """
            <html><head><style>p {margin:0}</style></head><body>
            <p>Please see the referral below.</p>
            <table>
              <tr><td>Referrer</td><td>Priya Raman</td></tr>
              <tr><td>Agency</td><td>Westbridge Children&#39;s Services</td></tr>
              <tr><td>Email</td><td><a href="mailto:priya.raman@westbridge.example.gov.uk">priya.raman@westbridge.example.gov.uk</a></td></tr>
              <tr><td>Name of child</td><td>Jayden&nbsp;Marsh</td></tr>
              <tr><td>Date of birth</td><td>14/06/2023</td></tr>
              <tr><td>Date of critical incident</td><td>05/02/2027</td></tr>
            </table>
            <p>Circumstances: b, e</p>
            </body></html>
            """;

        var reading = Read(html, "html");

        Assert.Empty(reading.Problems);
        Assert.Equal(("Westbridge Children's Services", "Jayden Marsh"), (reading.Referral!.Referrer.Agency, reading.Referral.Child.Name));
    }

    [Fact]
    public void A_circumstance_letter_outside_a_to_e_is_reported()
    {
        var problem = Assert.Single(Read(new FormContent().ToBodyText().Replace("[X] e)", "[ ] e)", StringComparison.Ordinal) + "\nCircumstances: b, f").Problems);

        Assert.Equal("circumstances", problem.Field);
        Assert.Contains("'f'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_circumstance_written_as_the_item_keeps_its_words_as_the_description()
    {
        var r = Read("""
            Referrer: Priya Raman
            Agency: Westbridge Children's Services
            Email: priya.raman@westbridge.example.gov.uk
            Name of child: Jayden Marsh
            Date of birth: 14/06/2023
            Date of critical incident: 05/02/2027
            Circumstances: b) Admitted to hospital with a head injury
            """).Referral!;

        Assert.Equal(["b"], r.Circumstances);
        Assert.Equal("Admitted to hospital with a head injury", r.CircumstancesDescription);
    }

    [Fact]
    public void An_e_mail_without_a_form_is_told_how_to_send_one()
    {
        var problem = Assert.Single(Read("Hello, I would like to refer a case. Please call me.").Problems);

        Assert.Equal("message", problem.Field);
        Assert.Contains("attach the completed form", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_instead_of_the_word_form_is_named_in_the_answer()
    {
        var message = Messages.Json("<pdf@example.gov.uk>", attachments: Messages.File("referral.pdf", "%PDF-1.7"u8.ToArray(), "application/pdf"));

        var problem = Assert.Single(ReferralReader.Read(Messages.Parse(message), Received, new IntakeLimits()).Problems);

        Assert.Equal(("attachments[0]", "'referral.pdf' is a PDF, which we cannot read as the referral form. Please send the form as a Word document (.docx)."), (problem.Field, problem.Message));
    }

    [Fact]
    public void A_word_attachment_that_is_not_the_form_leaves_the_typed_form_to_be_read()
    {
        var notes = new DocxBuilder().Paragraph("Strategy meeting notes").Build();
        var message = Messages.Json("<two@example.gov.uk>", new FormContent().ToBodyText(), attachments: Messages.File("notes.docx", notes));

        var reading = ReferralReader.Read(Messages.Parse(message), Received, new IntakeLimits());

        Assert.Equal((ReferralSource.EmailBody, 0), (reading.Source, reading.Problems.Count));
    }

    [Fact]
    public void Two_forms_about_different_children_in_one_e_mail_are_refused()
    {
        var second = new FormContent().WithChild("Name Of Child", "Leah Marsh").ToDocx();
        var message = Messages.Json("<both@example.gov.uk>", attachments: [Messages.File("a.docx", new FormContent().ToDocx()), Messages.File("b.docx", second)]);

        var reading = ReferralReader.Read(Messages.Parse(message), Received, new IntakeLimits());

        Assert.Contains(reading.Problems, p => p.Field == "attachments" && p.Message.Contains("more than one referral form", StringComparison.Ordinal));
    }
}
