using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewFunctions.Local.Tests.Cli;

/// <summary><c>referral check</c> as a Board uses it: the intake's reading and checks, offline, before a form is sent.</summary>
public sealed class ReferralVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("referral-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    [Fact]
    public void A_valid_message_prints_the_referral_in_the_documented_shape()
    {
        var run = CliRun.Of("referral", "check", Sample("ref-a.email.json"), "--json");

        var json = run.Json();
        Assert.True(json.GetProperty("valid").GetBoolean());
        var r = json.GetProperty("referral");
        Assert.Equal(
            ("Priya Raman", "Westbridge Children's Services", "priya.raman@westbridge.example.gov.uk", "01632 960123", "Tom Ellery"),
            (Text(r, "referrer", "name"), Text(r, "referrer", "agency"), Text(r, "referrer", "email"), Text(r, "referrer", "phone"), Text(r, "referrer", "lineManager")));
        var child = r.GetProperty("child");
        Assert.Equal(("Jayden Marsh", "2023-06-14", "2027-02-05", "12 Alder Row, Westbridge WB4 2QT", "White British"), (Text(child, "name"), Text(child, "dateOfBirth"), Text(child, "incidentDate"), Text(child, "address"), Text(child, "ethnicOrigin")));
        Assert.False(child.TryGetProperty("dateOfDeath", out _));
        Assert.True(child.GetProperty("childProtectionPlan").GetBoolean());
        Assert.Equal(("Kerry Marsh", "Mother", "2001-11-02"), (Text(r.GetProperty("family")[0], "name"), Text(r.GetProperty("family")[0], "relationship"), Text(r.GetProperty("family")[0], "dateOfBirth")));
        var agency = r.GetProperty("agencies")[1];
        Assert.Equal(("DS Helen Crane", "Westbridge Police", "helen.crane@police.example.uk", true), (Text(agency, "name"), Text(agency, "agency"), Text(agency, "contact"), agency.GetProperty("stillInvolved").GetBoolean()));
        Assert.Equal(["b", "e"], r.GetProperty("circumstances").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(("2027-02-05", "Ambulance called to the family home"), (Text(r.GetProperty("chronology")[0], "date"), Text(r.GetProperty("chronology")[0], "event")));
        Assert.Equal("2027-02-08", Text(r, "referralDate"));
    }

    [Fact]
    public void A_death_with_no_plan_from_the_typed_body_reads_as_dates_and_booleans()
    {
        var child = CliRun.Of("referral", "check", Sample("ref-b.body.email.json"), "--json").Json().GetProperty("referral").GetProperty("child");

        Assert.Equal(("2027-06-27", false), (Text(child, "dateOfDeath"), child.GetProperty("childProtectionPlan").GetBoolean()));
    }

    [Fact]
    public void The_word_form_on_its_own_is_checked_as_if_received_on_the_given_day()
    {
        var docx = Path.Combine(_folder, "ref-a.docx");
        File.WriteAllBytes(docx, AttachmentOf("ref-a.email.json"));

        var run = CliRun.Of("referral", "check", docx, "--received", "2027-02-08", "--json");

        Assert.Equal("Jayden Marsh", Text(run.Json().GetProperty("referral").GetProperty("child"), "name"));
    }

    [Fact]
    public void An_incomplete_form_lists_each_problem_and_exits_1()
    {
        var docx = Path.Combine(_folder, "incomplete.docx");
        File.WriteAllBytes(docx, Form(("Name of child", "Jayden Marsh"), ("Date of birth", "31/02/2023"), ("Referrer", "Priya Raman"), ("Agency", "Westbridge Children's Services")));

        var run = CliRun.Of("referral", "check", docx, "--received", "2027-02-08", "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(
            ["child.dateOfBirth", "referrer.email", "child.incidentDate", "circumstances"],
            json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()));
        Assert.Contains("February 2023 has no day 31", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_json_a_person_reads_a_short_summary()
    {
        var valid = CliRun.Of("referral", "check", Sample("ref-b.email.json"));
        var invalid = CliRun.Of("referral", "check", Write("bad.json", "{\"receivedDateTime\":\"2027-02-08T10:00:00Z\",\"body\":{\"contentType\":\"text\",\"content\":\"Name of child: Amira\"}}"));

        Assert.Equal(0, valid.ExitCode);
        Assert.Contains("The referral form is complete", valid.Out, StringComparison.Ordinal);
        Assert.Contains("Child:          Amira Haddad, born 3 March 2011, died 27 June 2027", valid.Out, StringComparison.Ordinal);
        Assert.Equal(1, invalid.ExitCode);
        Assert.StartsWith("The referral cannot be accepted yet (", invalid.Out, StringComparison.Ordinal);
        Assert.Contains("  - message: We could not find the referral form in this e-mail.", invalid.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_an_invalid_message_not_a_crash()
    {
        var run = CliRun.Of("referral", "check", Write("notes.json", "Dear team, { not json"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"field\": \"message\"", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: referral: say check FILE", "referral")]
    [InlineData("error: referral: unknown action 'send'", "referral", "send", "x.docx")]
    [InlineData("error: referral check: give the .docx form or .json message", "referral", "check", "--json")]
    [InlineData("error: --received: 'yesterday' is not a date", "referral", "check", "x.docx", "--received", "yesterday")]
    [InlineData("error: --strict: unknown option", "referral", "check", "x.docx", "--strict", "yes")]
    public void Bad_referral_arguments_exit_with_2(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_an_unknown_kind_of_file_exits_with_2()
    {
        var missing = CliRun.Of("referral", "check", Path.Combine(_folder, "nowhere.docx"));
        var pdf = CliRun.Of("referral", "check", Write("form.pdf", "%PDF-1.7"));

        Assert.Equal((2, 2), (missing.ExitCode, pdf.ExitCode));
        Assert.Contains("cannot be read", missing.Error, StringComparison.Ordinal);
        Assert.Contains("give a Word form (.docx) or a message", pdf.Error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string? Text(JsonElement element, params string[] path) =>
        path.Aggregate(element, (e, p) => e.GetProperty(p)).GetString();

    private static byte[] AttachmentOf(string sample)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Sample(sample)));
        return json.RootElement.GetProperty("attachments")[0].GetProperty("contentBytes").GetBytesFromBase64();
    }

    /// <summary>A Word document holding one table of label and value rows.</summary>
    private static byte[] Form(params (string Label, string Value)[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new Table(rows.Select(r => new TableRow(new TableCell(new Paragraph(new Run(new Text(r.Label)))), new TableCell(new Paragraph(new Run(new Text(r.Value)))))));
            main.Document = new Document(new Body(table));
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
