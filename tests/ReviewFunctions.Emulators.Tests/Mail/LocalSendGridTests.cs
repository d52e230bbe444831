using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewFunctions.Emulators.Mail;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace ReviewFunctions.Emulators.Tests.Mail;

public sealed class LocalSendGridTests : IAsyncLifetime, IDisposable
{
    private const string Key = "SG.local";
    private LocalSendGridServer server = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync() => server = await LocalSendGridServer.StartAsync(Key);

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => http.Dispose();

    private static JsonObject Valid() => JsonNode.Parse("""
        {
          "personalizations": [{"to": [{"email": "ofsted@example.gov.uk", "name": "Ofsted"}], "cc": [{"email": "copy@example.gov.uk"}]}],
          "from": {"email": "noreply@board.example.gov.uk"},
          "subject": "Decision on review CR-2027-0001",
          "content": [{"type": "text/plain", "value": "Dear colleagues"}, {"type": "text/html", "value": "<p>Dear colleagues</p>"}],
          "categories": ["review-notice"],
          "custom_args": {"reference": "CR-2027-0001", "notice": "decision-notice"}
        }
        """)!.AsObject();

    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(JsonNode body, string key = Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "v3/mail/send"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    [Fact]
    public async Task An_accepted_message_is_listed_in_the_documented_shape()
    {
        var (status, _, response) = await PostAsync(Valid());

        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = Assert.Single(response.Headers.GetValues("X-Message-Id"));
        var list = JsonDocument.Parse(await http.GetStringAsync(new Uri(server.Address, "api/mails"))).RootElement;
        var message = Assert.Single(list.EnumerateArray());
        Assert.Equal(["id", "to", "cc", "subject", "text", "html", "categories", "customArgs", "sentAt", "answeredLate"], message.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, message.GetProperty("id").GetString());
        Assert.Equal("ofsted@example.gov.uk", message.GetProperty("to")[0].GetString());
        Assert.Equal("copy@example.gov.uk", message.GetProperty("cc")[0].GetString());
        Assert.Equal("Dear colleagues", message.GetProperty("text").GetString());
        Assert.Equal("decision-notice", message.GetProperty("customArgs").GetProperty("notice").GetString());
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { """{"from": null}""", "from.email" },
        { """{"from": {"email": "not-an-address"}}""", "from.email" },
        { """{"content": []}""", "content" },
        { """{"content": [{"type": "text/plain", "value": ""}]}""", "content.0.value" },
        { """{"content": [{"type": "text/html", "value": "<p>x</p>"}, {"type": "text/plain", "value": "x"}]}""", "content.1.type" },
        { """{"subject": null}""", "subject" },
        { """{"personalizations": []}""", "personalizations" },
        { """{"personalizations": [{"to": [{"email": "bad address@example.com"}]}]}""", "personalizations.0.to.0.email" },
        { """{"personalizations": [{"to": [{"email": "a@example.com"}], "cc": [{"email": "A@example.com"}]}]}""", "personalizations.0.cc.0.email" },
        { """{"personalizations": [{"to": []}]}""", "personalizations.0.to" },
        { """{"reply_to": {"email": "nobody"}}""", "reply_to.email" },
        { """{"attachments": [{"content": "not base64!", "filename": "a.pdf"}]}""", "attachments.0.content" },
        { """{"attachments": [{"content": "aGVsbG8=", "filename": "a.png", "disposition": "inline"}]}""", "attachments.0.content_id" },
        { """{"attachments": [{"content": "aGVsbG8="}]}""", "attachments.0.filename" },
        { """{"categories": ["1","2","3","4","5","6","7","8","9","10","11"]}""", "categories" },
        { """{"custom_args": {"n": 1}}""", "custom_args" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task What_SendGrid_would_refuse_is_refused_with_its_error_shape(string change, string field)
    {
        var body = Valid();
        foreach (var (name, value) in JsonNode.Parse(change)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        var (status, answer, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = answer.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == field);
        Assert.All(errors, e => Assert.True(e.TryGetProperty("message", out _) && e.TryGetProperty("help", out _)));
        Assert.Empty(server.Outbox.Messages);
    }

    [Fact]
    public async Task More_than_1000_personalizations_are_refused()
    {
        var body = Valid();
        body["personalizations"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(i => JsonNode.Parse($$"""{"to": [{"email": "p{{i}}@example.com"}]}"""))]);

        var (status, answer, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("personalizations", answer.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Custom_arguments_over_10000_bytes_are_refused()
    {
        var body = Valid();
        body["custom_args"] = new JsonObject { ["big"] = new string('x', 10_001) };

        var (status, _, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_message_over_30_MB_is_answered_413_that_the_sender_can_read()
    {
        var body = Valid();
        body["attachments"] = new JsonArray(new JsonObject { ["content"] = new string('A', 31 * 1024 * 1024), ["filename"] = "scan.pdf" });

        var (status, answer, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.True(answer.GetProperty("errors")[0].TryGetProperty("message", out _));
        Assert.Empty(server.Outbox.Messages);
    }

    /// <summary>The body the SendGrid package writes, with custom arguments both where it puts them by default and message-wide.</summary>
    [Fact]
    public async Task What_the_SendGrid_package_sends_is_accepted_and_listed()
    {
        var message = MailHelper.CreateSingleEmailToMultipleRecipients(
            new EmailAddress("noreply@board.example.gov.uk", "Board"),
            [new EmailAddress("ofsted@example.gov.uk", "Ofsted"), new EmailAddress("dfe@example.gov.uk")],
            "Decision on review CR-2027-0001",
            "Dear colleagues",
            "<p>Dear colleagues</p>");
        message.AddCustomArg("notice", "decision-notice");
        message.AddGlobalCustomArg("reference", "CR-2027-0001");
        message.AddAttachment("crest.png", Convert.ToBase64String([137, 80, 78, 71]), "image/png", "inline", "crest");
        message.AddCategory("review-notice");
        message.SetReplyTo(new EmailAddress("reviews@board.example.gov.uk"));
        message.SetSandBoxMode(false);
        message.SetClickTracking(false, false);
        message.SetOpenTracking(false);
        var client = new SendGridClient(http, new SendGridClientOptions { ApiKey = Key, Host = server.Address.ToString() });

        var response = await client.SendEmailAsync(message);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var kept = Assert.Single(server.Outbox.Messages);
        Assert.Equal(Assert.Single(response.Headers.GetValues("X-Message-Id")), kept.Id);
        Assert.Equal(["ofsted@example.gov.uk", "dfe@example.gov.uk"], kept.To);
        Assert.Equal(("Dear colleagues", "<p>Dear colleagues</p>"), (kept.Text, kept.Html));
        Assert.Equal(("decision-notice", "CR-2027-0001"), (kept.CustomArgs["notice"], kept.CustomArgs["reference"]));
        Assert.Equal("crest", Assert.Single(kept.Attachments).ContentId);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_401()
    {
        var (status, answer, _) = await PostAsync(Valid(), "SG.other");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(answer.GetProperty("errors")[0].TryGetProperty("message", out _));
    }

    [Fact]
    public async Task Injected_faults_come_first_with_their_headers()
    {
        server.Outbox.FailNext(2, 429, ("Retry-After", "3"));

        var first = await PostAsync(Valid());
        var second = await PostAsync(Valid());
        var third = await PostAsync(Valid());

        Assert.Equal((HttpStatusCode)429, first.Status);
        Assert.Equal("3", Assert.Single(first.Response.Headers.GetValues("Retry-After")));
        Assert.Equal((HttpStatusCode)429, second.Status);
        Assert.Equal(HttpStatusCode.Accepted, third.Status);
        Assert.Equal(3, server.Outbox.Requests);
    }

    [Fact]
    public async Task Sandbox_mode_answers_200_and_delivers_nothing()
    {
        var body = Valid();
        body["mail_settings"] = new JsonObject { ["sandbox_mode"] = new JsonObject { ["enable"] = true } };

        var (status, _, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(server.Outbox.Messages);
        Assert.Equal(1, server.Outbox.Sandboxed);
    }

    [Fact]
    public async Task The_outbox_can_be_emptied()
    {
        await PostAsync(Valid());

        using var response = await http.DeleteAsync(new Uri(server.Address, "api/mails"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(server.Outbox.Messages);
    }
}
