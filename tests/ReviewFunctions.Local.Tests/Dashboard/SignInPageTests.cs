using System.Net;
using ReviewFunctions.Local.Tests.Engine;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>The "signed in as" picker over plain HTTP: where it sends people, the cookie it sets, and what it refuses.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class SignInPageTests(LocalAzurite azurite)
{
    [Fact]
    public async Task A_visitor_nobody_has_signed_in_is_sent_to_the_picker_and_back_to_the_page_asked_for()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        using var http = Browserless();

        using var asked = await http.GetAsync(new Uri(host.Address("/reviews/CR-2027-0601")));
        Assert.Equal(HttpStatusCode.SeeOther, asked.StatusCode);
        Assert.Equal("/sign-in?then=%2Freviews%2FCR-2027-0601", asked.Headers.Location?.ToString());

        using var signedIn = await SignInAsync(http, host, "chair", "/reviews/CR-2027-0601");
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal("/reviews/CR-2027-0601", signedIn.Headers.Location?.ToString());
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("rf-signed-in-as=chair;", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("//elsewhere.example/reviews")]
    [InlineData("/\\elsewhere.example")]
    [InlineData("https://elsewhere.example/")]
    [InlineData("reviews/CR-2027-0601")]
    public async Task A_next_page_that_is_not_this_dashboards_own_goes_to_the_reviews_instead(string then)
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        using var http = Browserless();

        using var signedIn = await SignInAsync(http, host, "business-manager", then);

        Assert.Equal("/", signedIn.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_picker_lists_the_people_who_can_use_the_dashboard_and_refuses_anyone_else()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        using var http = Browserless();

        var page = await http.GetStringAsync(new Uri(host.Address("/sign-in")));
        using var intakeReader = await SignInAsync(http, host, "intake-reader", "/");

        Assert.Contains("Priya Shah", page, StringComparison.Ordinal);
        Assert.Contains("business-manager@westbridge-scp.example. Board business manager (Board.Manager)", page, StringComparison.Ordinal);
        Assert.Contains("Grace Lindqvist", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Intake mailbox reader", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, intakeReader.StatusCode);
        Assert.Contains("Select who you are signing in as", await intakeReader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(intakeReader.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Signing_out_forgets_the_person()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        using var http = Browserless();
        var token = await host.FormTokenAsync(http, "/sign-in");

        using var signedOut = await http.PostAsync(new Uri(host.Address("/sign-out")), new FormUrlEncodedContent(new Dictionary<string, string> { ["form-token"] = token }));

        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        Assert.Equal("/sign-in", signedOut.Headers.Location?.ToString());
        var cookie = Assert.Single(signedOut.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("rf-signed-in-as=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_page_the_persons_roles_do_not_open_is_a_page_saying_which_roles_it_needs()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        using var panelChair = host.ClientAs("panel-chair", followRedirects: false);

        using var page = await panelChair.GetAsync(new Uri(host.Address("/orchestrations")));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>You cannot open this page</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Seeing the reviews&#39; orchestrations needs one of these roles: Board.Admin, Audit.Read.", html, StringComparison.Ordinal);
        Assert.Contains("Signed in as <strong>Tom Okoro (Review.Participant)</strong>", html, StringComparison.Ordinal);
    }

    /// <summary>A client that shows each answer as it is: no redirects followed, no cookies kept.</summary>
    private static HttpClient Browserless() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient http, DashboardHost host, string person, string then)
    {
        var token = await host.FormTokenAsync(http, "/sign-in");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.Address("/sign-in"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["form-token"] = token, ["person"] = person, ["then"] = then }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await http.SendAsync(request);
    }
}
