using System.Net;
using ReviewFunctions.Local.Tests.Engine;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>The forms for a notice that waits for a person, and for the end-of-review records decision, over plain HTTP.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class DashboardEndOfReviewFormTests(LocalAzurite azurite)
{
    [Fact]
    public async Task A_notice_waiting_for_a_person_is_offered_and_confirmed_from_the_review_page()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0301");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var page = await http.GetStringAsync(new Uri(host.Address("/reviews/CR-2027-0301")));
        Assert.Contains("value=\"incident-notice@incident-notification\"", page, StringComparison.Ordinal);

        using var posted = await PostAsync(http, host, "/reviews/CR-2027-0301/notice", new() { ["notice"] = "incident-notice@incident-notification", ["by"] = "bm@board.example" });

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Contains("notice-confirmed", (await host.Api.HistoryAsync("CR-2027-0301", default)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_records_decision_needs_a_reason_to_keep_them_locked_and_is_recorded_when_complete()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0302");
        await host.RecordAsync("CR-2027-0302", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"Criteria met.","by":"chair@board.example"}""");
        await host.RecordAsync("CR-2027-0302", """{"type":"step-completed","step":"review-complete","by":"chair@board.example"}""");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var page = await http.GetStringAsync(new Uri(host.Address("/reviews/CR-2027-0302")));
        Assert.Contains("Decide what happens to the records", page, StringComparison.Ordinal);

        using var noReason = await PostAsync(http, host, "/reviews/CR-2027-0302/records", new() { ["keep"] = "true", ["by"] = "chair@board.example" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Keeping the records locked needs a reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var kept = await PostAsync(http, host, "/reviews/CR-2027-0302/records", new() { ["keep"] = "true", ["reason"] = "criminal-proceedings", ["by"] = "chair@board.example" });
        Assert.Equal(HttpStatusCode.SeeOther, kept.StatusCode);
        Assert.Contains("records-status-decided", (await host.Api.HistoryAsync("CR-2027-0302", default)).Body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, DashboardHost host, string path, Dictionary<string, string> fields)
    {
        fields["form-token"] = await host.FormTokenAsync(http, path[..path.LastIndexOf('/')]);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Address(path)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await http.SendAsync(request);
    }
}
