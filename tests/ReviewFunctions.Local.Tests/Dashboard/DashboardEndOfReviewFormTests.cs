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
        using var http = host.ClientAs("business-manager", followRedirects: false);
        var page = await http.GetStringAsync(new Uri(host.Address("/reviews/CR-2027-0301")));
        Assert.Contains("value=\"incident-notice@incident-notification\"", page, StringComparison.Ordinal);

        using var posted = await PostAsync(http, host, "/reviews/CR-2027-0301/notice", new() { ["notice"] = "incident-notice@incident-notification" });

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Contains("notice-confirmed", (await host.Api.HistoryAsync(host.Person("business-manager"), "CR-2027-0301", default)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_records_decision_needs_a_reason_to_keep_them_locked_and_is_recorded_when_complete()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0302");
        await host.RecordAsync("CR-2027-0302", "chair", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"Criteria met."}""");
        await host.RecordAsync("CR-2027-0302", "chair", """{"type":"step-completed","step":"review-complete"}""");
        using var http = host.ClientAs("chair", followRedirects: false);
        var page = await http.GetStringAsync(new Uri(host.Address("/reviews/CR-2027-0302")));
        Assert.Contains("Decide what happens to the records", page, StringComparison.Ordinal);

        using var noReason = await PostAsync(http, host, "/reviews/CR-2027-0302/records", new() { ["keep"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Keeping the records locked needs a reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var kept = await PostAsync(http, host, "/reviews/CR-2027-0302/records", new() { ["keep"] = "true", ["reason"] = "criminal-proceedings" });
        Assert.Equal(HttpStatusCode.SeeOther, kept.StatusCode);
        Assert.Contains("records-status-decided", (await host.Api.HistoryAsync(host.Person("chair"), "CR-2027-0302", default)).Body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, DashboardHost host, string path, Dictionary<string, string> fields)
    {
        fields["form-token"] = await host.FormTokenAsync(http, path[..path.LastIndexOf('/')]);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Address(path)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await http.SendAsync(request);
    }
}
