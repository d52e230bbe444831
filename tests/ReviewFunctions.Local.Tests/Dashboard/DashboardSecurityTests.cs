using System.Net;
using ReviewFunctions.Local.Tests.Engine;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>What the dashboard refuses and the headers it always sends, checked over plain HTTP.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class DashboardSecurityTests(LocalAzurite azurite)
{
    [Fact]
    public async Task Every_page_forbids_script_framing_sniffing_caching_and_referrers()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0201");
        using var http = host.ClientAs("chair");
        using var panelChair = host.ClientAs("panel-chair");

        foreach (var (client, path) in new[] { (http, "/"), (http, "/reviews/CR-2027-0201"), (http, "/reviews/CR-2027-9999"), (http, "/dashboard.css"), (http, "/sign-in"), (panelChair, "/reviews/CR-2027-0201"), (panelChair, "/orchestrations") })
        {
            using var page = await client.GetAsync(new Uri(host.Address(path)));
            var policy = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
            Assert.True(page.Headers.CacheControl?.NoStore, path);
        }
    }

    [Fact]
    public async Task A_form_without_this_hosts_token_is_refused_and_nothing_is_recorded()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0202");
        using var http = host.ClientAs("chair", followRedirects: false);
        var decision = new Dictionary<string, string> { ["outcome"] = "review", ["kind"] = "scr", ["reasons"] = "Criteria met." };

        using var noToken = await http.PostAsync(new Uri(host.Address("/reviews/CR-2027-0202/decision")), new FormUrlEncodedContent(decision));
        using var wrongToken = await http.PostAsync(new Uri(host.Address("/reviews/CR-2027-0202/decision")), new FormUrlEncodedContent(decision.Append(new("form-token", "guessed"))));

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("The form has expired", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongToken.StatusCode);
        Assert.DoesNotContain("decision-recorded", (await host.Api.HistoryAsync(host.Person("chair"), "CR-2027-0202", default)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_from_another_site_is_refused_even_with_the_token()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0203");
        using var http = host.ClientAs("chair", followRedirects: false);
        var token = await host.FormTokenAsync(http, "/reviews/CR-2027-0203");
        FormUrlEncodedContent Decision() => new(new Dictionary<string, string>
        {
            ["form-token"] = token,
            ["outcome"] = "review",
            ["kind"] = "scr",
            ["reasons"] = "Criteria met.",
        });

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, host.Address("/reviews/CR-2027-0203/decision")) { Content = Decision() };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var otherOrigin = new HttpRequestMessage(HttpMethod.Post, host.Address("/reviews/CR-2027-0203/decision")) { Content = Decision() };
        otherOrigin.Headers.Add("Origin", "http://elsewhere.example");
        using var ours = new HttpRequestMessage(HttpMethod.Post, host.Address("/reviews/CR-2027-0203/decision")) { Content = Decision() };
        ours.Headers.Add("Origin", "null");
        ours.Headers.Add("Sec-Fetch-Site", "same-origin");

        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(crossSite)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(otherOrigin)).StatusCode);
        Assert.DoesNotContain("decision-recorded", (await host.Api.HistoryAsync(host.Person("chair"), "CR-2027-0203", default)).Body, StringComparison.Ordinal);
        using var recorded = await http.SendAsync(ours);
        Assert.Equal(HttpStatusCode.SeeOther, recorded.StatusCode);
        Assert.Equal("/reviews/CR-2027-0203?recorded=decision", recorded.Headers.Location?.ToString());
        Assert.Contains("decision-recorded", (await host.Api.HistoryAsync(host.Person("chair"), "CR-2027-0203", default)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused_so_a_rebound_name_cannot_read_reviews()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0204");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, host.Address("/reviews/CR-2027-0204"));
        request.Headers.Host = "reviews.elsewhere.example";

        using var answer = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, answer.StatusCode);
        Assert.DoesNotContain("CR-2027-0204", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = new HttpRequestMessage(HttpMethod.Get, host.Address("/api/reviews/CR-2027-0204"));
        api.Headers.Host = "reviews.elsewhere.example";
        using var apiAnswer = await http.SendAsync(api);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, apiAnswer.StatusCode);
        Assert.DoesNotContain("CR-2027-0204", await apiAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_people_typed_is_shown_as_text_never_as_markup()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0205");
        await host.RecordAsync("CR-2027-0205", "chair", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"<script>alert(1)</script> & \"quoted\" <b>bold</b>","justification":"<img src=x onerror=alert(1)>"}""");
        using var http = host.ClientAs("chair");

        var page = await http.GetStringAsync(new Uri(host.Address("/reviews/CR-2027-0205")));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_is_served_in_a_sandbox_and_a_name_that_could_climb_out_is_not_found()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0206");
        await host.Documents.PutAsync(
            new ReviewFunctions.Infrastructure.Storage.DocumentPath("CR-2027-0206", ReviewFunctions.Infrastructure.Storage.DocumentCategory.Letters, "decision-letter.decision-letters.1.main.html"),
            "<p>Decision</p>"u8.ToArray(),
            "text/html; charset=utf-8",
            new Dictionary<string, string>(),
            default);
        using var http = host.ClientAs("business-manager");

        using var letter = await http.GetAsync(new Uri(host.Address("/reviews/CR-2027-0206/letters/decision-letter.decision-letters.1.main.html/as-sent")));
        using var climbing = await http.GetAsync(new Uri(host.Address("/reviews/CR-2027-0206/letters/..%2F..%2Fevidence%2Fx/as-sent")));
        using var otherReview = await http.GetAsync(new Uri(host.Address("/reviews/CR-2027-0207/letters/decision-letter.decision-letters.1.main.html/as-sent")));

        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var policy = letter.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("sandbox;", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", letter.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, climbing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherReview.StatusCode);
    }
}
