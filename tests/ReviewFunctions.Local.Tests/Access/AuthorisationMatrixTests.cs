using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Letters;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;
using Xunit.Abstractions;

namespace ReviewFunctions.Local.Tests.Access;

/// <summary>
/// Every route the local host serves, asked by nobody, by someone in each of the Board's six roles, and by a
/// participant on a review they are a member of and one they are not, over HTTP through the real sign-in gate. The
/// expected answer is worked out from <see cref="LocalRouteAccess.All"/> alone, so a route added to the table is
/// tested without a line here, and a route mapped without an entry fails.
/// </summary>
public sealed partial class AuthorisationMatrixTests(AuthorisationMatrixTests.Host host) : IClassFixture<AuthorisationMatrixTests.Host>
{
    /// <summary>The review the participant is a member of (as panel chair); everyone but a non-member is asked about this one.</summary>
    public const string MemberReview = "CR-2027-0701";

    /// <summary>A review the participant is not on.</summary>
    public const string OtherReview = "CR-2027-0702";

    /// <summary>No such review or orchestration: the routes that would stop or delete one are asked about this instead.</summary>
    private const string NoSuchReview = "CR-2027-0999";

    private const string Nobody = "nobody signed in";
    private const string Member = BoardRoles.Participant + " (member)";
    private const string NotMember = BoardRoles.Participant + " (not a member)";

    /// <summary>The host's routes that are not yet mapped: the dashboard's sign-in pages, which land separately.</summary>
    private static readonly string[] SignInPages = ["GET /sign-in", "POST /sign-in", "POST /sign-out"];

    public static TheoryData<Route, string> Cases()
    {
        var cases = new TheoryData<Route, string>();
        foreach (var route in LocalRouteAccess.All)
        {
            foreach (var principal in PrincipalsFor(route))
            {
                cases.Add(new Route(route), principal);
            }
        }

        return cases;
    }

    [Fact]
    public void Every_route_the_host_maps_has_an_entry_in_the_access_table()
    {
        var unlisted = Endpoints().Where(e => SignInGate.RouteOf(e) is null).Select(Describe).ToList();

        Assert.True(unlisted.Count == 0, "Mapped without an access rule (the gate answers them 500): " + string.Join(", ", unlisted));
        Assert.NotEmpty(Endpoints());
    }

    [Fact]
    public void Every_entry_in_the_access_table_is_a_route_the_host_maps()
    {
        var mapped = Endpoints().Select(SignInGate.RouteOf).OfType<RouteAccess>().ToHashSet();

        // The sign-in pages are in the table before their endpoints land; this names them so the gap cannot be missed.
        var missing = LocalRouteAccess.All.Where(r => !mapped.Contains(r)).Select(r => r.ToString()).ToList();
        Assert.True(missing.Count == 0, "In the access table but not mapped: " + string.Join(", ", missing)
            + (missing.All(SignInPages.Contains) ? " (only the sign-in pages, which the dashboard's sign-in change maps)" : string.Empty));
    }

    [Fact]
    public void Every_route_is_in_the_table_once()
    {
        var twice = LocalRouteAccess.All.GroupBy(r => r.ToString()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(twice);
    }

    [Fact]
    public async Task A_participant_lists_only_the_reviews_they_are_a_member_of_and_the_board_lists_them_all()
    {
        var admin = new Caller("matrix-lister", "Matrix Lister", null, new HashSet<string>(StringComparer.Ordinal) { BoardRoles.Admin });
        foreach (var path in new[] { "/api/reviews", "/" })
        {
            var all = await host.Access.GetAsync(path, admin);
            Assert.True(all.Code == 200 && all.Body.Contains(MemberReview, StringComparison.Ordinal) && all.Body.Contains(OtherReview, StringComparison.Ordinal), $"{path} as Board.Admin: {all}");

            var own = await host.Access.GetAsync(path, Host.Participant);
            Assert.True(own.Code == 200 && own.Body.Contains(MemberReview, StringComparison.Ordinal), $"{path} as a member: {own}");
            Assert.False(own.Body.Contains(OtherReview, StringComparison.Ordinal), $"{path} shows a participant {OtherReview}, a review they are not a member of.");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_gate_answers_each_principal_on_each_route_as_the_table_says(Route route, string principal)
    {
        var access = route.Access;
        var reference = principal == NotMember ? OtherReview : MemberReview;
        var path = await host.PathForAsync(access, reference);
        var method = new HttpMethod(access.Method);
        var page = !IsApi(access.Path);

        var answer = await (page
            ? host.Access.SendAsync(method, path, Caller(principal), Writes(method) ? await host.FormAsync() : null, "application/x-www-form-urlencoded")
            : host.Access.SendAsync(method, path, Caller(principal), Writes(method) && method != HttpMethod.Delete ? ApiBody(access) : null, tweak: r => Authorise(access, r)));

        var because = $"{method} {path} as {principal}: {answer}";
        switch (Expected(access, principal))
        {
            case Outcome.Through:
                Assert.True(answer.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), "let through, but " + because);
                Assert.True(answer.Code < 500, "let through, but failed: " + because);
                break;
            case Outcome.SignIn when page:
                Assert.True(answer.Status == HttpStatusCode.SeeOther && answer.Location?.StartsWith("/sign-in", StringComparison.Ordinal) == true, "sent to sign in, but " + because);
                break;
            case Outcome.SignIn:
                Assert.True(answer.Status == HttpStatusCode.Unauthorized, "401, but " + because);
                Assert.Equal("application/problem+json", answer.MediaType);
                break;
            case Outcome.Refused:
                Assert.True(answer.Status == HttpStatusCode.Forbidden, "403, but " + because);
                break;
        }
    }

    /// <summary>What the table says this principal gets on this route, before any handler runs.</summary>
    private static Outcome Expected(RouteAccess route, string principal)
    {
        if (route.Anonymous)
        {
            return Outcome.Through;
        }

        if (principal == Nobody)
        {
            return Outcome.SignIn;
        }

        if (!route.Roles.Contains(RoleOf(principal)))
        {
            return Outcome.Refused;
        }

        // Let in by role, a participant still sees and records only on the reviews they are a member of.
        return principal == NotMember && route.MembersOnly && NamesReview(route) ? Outcome.Refused : Outcome.Through;
    }

    /// <summary>Nobody, and each role; a participant twice on a route about one review, as a member of it and not.</summary>
    private static IEnumerable<string> PrincipalsFor(RouteAccess route)
    {
        yield return Nobody;
        foreach (var role in BoardRoles.All)
        {
            if (role == BoardRoles.Participant && NamesReview(route))
            {
                yield return Member;
                yield return NotMember;
            }
            else
            {
                yield return role;
            }
        }
    }

    private static string RoleOf(string principal) => principal is Member or NotMember ? BoardRoles.Participant : principal;

    /// <summary>Someone holding only this role; the participant is the one person put on <see cref="MemberReview"/>.</summary>
    private static Caller? Caller(string principal) => principal switch
    {
        Nobody => null,
        Member or NotMember or BoardRoles.Participant => Host.Participant,
        _ => new Caller($"matrix-{principal}", $"Matrix {principal}", $"matrix-{principal.Replace('.', '-').ToLowerInvariant()}@westbridge-scp.example", new HashSet<string>(StringComparer.Ordinal) { principal }),
    };

    private static bool NamesReview(RouteAccess route) => route.Path.Contains("{reference}", StringComparison.Ordinal);

    /// <summary>The gate's own line between an API (401 problem) and a page (the sign-in picker).</summary>
    private static bool IsApi(string path) => path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/runtime/", StringComparison.Ordinal) || path.StartsWith("/v3/", StringComparison.Ordinal);

    private static bool Writes(HttpMethod method) => method != HttpMethod.Get && method != HttpMethod.Head;

    /// <summary>
    /// A body good enough to pass the gate's own checks (JSON), and harmless when let through: nothing a later case
    /// depends on is changed, so the cases may run in any order.
    /// </summary>
    private static string ApiBody(RouteAccess route) => route.ToString() switch
    {
        // Incomplete (no nation), so the handler answers 400 before it asks intake's register about the reference.
        "POST /api/reviews" => $$"""{"reference":"{{NoSuchReview}}","kind":"scr"}""",

        // The participant's own step as a member (panel chair), given with a reason so the Board's roles may record it
        // for them; it is not open yet, so the review refuses it after the permission check and nothing is recorded.
        "POST /api/reviews/{reference}/events" => """{"type":"step-completed","step":"imr-briefing","justification":"Recorded for the panel chair, who was away."}""",
        "POST /api/clock/advance" => """{"by":"PT0S"}""",
        _ => "{}",
    };

    /// <summary>The local mail service checks its own key, as SendGrid does; the gate is what is under test here.</summary>
    private static void Authorise(RouteAccess route, HttpRequestMessage request)
    {
        if (route == LocalRouteAccess.SendMail || route == LocalRouteAccess.FindMail)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", LocalHostOptions.LocalMailKey);
        }
    }

    private IReadOnlyList<Endpoint> Endpoints() =>
        [.. host.Access.Services.GetRequiredService<EndpointDataSource>().Endpoints];

    private static string Describe(Endpoint endpoint) =>
        endpoint is RouteEndpoint route
            ? $"{string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["any method"])} {route.RoutePattern.RawText}"
            : endpoint.DisplayName ?? endpoint.ToString()!;

    /// <summary>A table entry as a theory's argument: named in full (xunit cuts a string argument at 50 characters).</summary>
    public sealed class Route : IXunitSerializable
    {
        [Obsolete("For xunit's deserialisation only.")]
        public Route()
        {
        }

        public Route(RouteAccess access) => Access = access;

        public RouteAccess Access { get; private set; } = null!;

        public void Deserialize(IXunitSerializationInfo info)
        {
            var key = info.GetValue<string>("route");
            Access = LocalRouteAccess.All.Single(r => r.ToString() == key);
        }

        public void Serialize(IXunitSerializationInfo info) => info.AddValue("route", Access.ToString());

        public override string ToString() => Access.ToString();
    }

    private enum Outcome
    {
        Through,
        SignIn,
        Refused,
    }

    /// <summary>One local host for every case: two reviews, the participant a member of one of them.</summary>
    public sealed partial class Host : IAsyncLifetime
    {
        public static readonly Caller Participant = new(
            "matrix-participant", "Matrix Participant", "matrix-participant@westbridge-scp.example", new HashSet<string>(StringComparer.Ordinal) { BoardRoles.Participant });

        private readonly Dictionary<string, string> _letters = new(StringComparer.Ordinal);
        private string? _formToken;

        public AccessHost Access { get; } = new();

        public async Task InitializeAsync()
        {
            await Access.InitializeAsync();
            await Access.StartReviewAsync(MemberReview);
            await Access.StartReviewAsync(OtherReview);
            await Access.AddMemberAsync(MemberReview, Participant.Email!, "panel-chair");
            var member = await Access.LoadAsync(MemberReview);
            Assert.Contains(member!.State.Members, m => m.Email == Participant.Email);
            Assert.DoesNotContain((await Access.LoadAsync(OtherReview))!.State.Members, m => m.Email == Participant.Email);

            // A letter each review really kept, so a letter route is asked about something there is to see.
            foreach (var reference in new[] { MemberReview, OtherReview })
            {
                var letters = await KeptLetters.ListAsync(Access.Services.GetRequiredService<IReviewDocumentStore>(), reference, CancellationToken.None);
                _letters[reference] = letters.Select(l => l.Path.Name).FirstOrDefault() ?? "no-such-letter.html";
            }

            // The dashboard's form token, as its pages carry it, so a form post is judged on who sent it, not refused as stale.
            var home = await Access.GetAsync("/", new Caller("matrix-token", "Matrix", null, new HashSet<string>(StringComparer.Ordinal) { BoardRoles.Admin }));
            _formToken = TokenField().Match(home.Body) is { Success: true } found ? found.Groups["token"].Value : null;
        }

        public async Task DisposeAsync() => await Access.DisposeAsync();

        /// <summary>The route's path with real values: the given review, a letter it kept, a form and an action that exist.</summary>
        public Task<string> PathForAsync(RouteAccess route, string reference)
        {
            // Anything that would stop, rewind or delete an orchestration, or take a confirmed action, is asked about
            // a review that does not exist: the gate decides before the handler looks.
            var destructive = route.Method is "DELETE" || route.Path.EndsWith("/terminate", StringComparison.Ordinal)
                || route.Path.EndsWith("/rewind", StringComparison.Ordinal) || route.Path.Contains("/raiseEvent/", StringComparison.Ordinal)
                || route.Path.EndsWith("/confirmed", StringComparison.Ordinal);
            var target = destructive ? NoSuchReview : reference;
            return Task.FromResult(route.Path
                .Replace("{reference}", Uri.EscapeDataString(target), StringComparison.Ordinal)
                .Replace("{instanceId}", Uri.EscapeDataString(target), StringComparison.Ordinal)
                .Replace("{eventName}", "review-changed", StringComparison.Ordinal)
                .Replace("{name}", Uri.EscapeDataString(_letters.GetValueOrDefault(target, "no-such-letter.html")), StringComparison.Ordinal)
                .Replace("{form}", "steps", StringComparison.Ordinal)
                .Replace("{action}", "terminate", StringComparison.Ordinal));
        }

        /// <summary>A form with the page's token and nothing else: every form answers it 400 without acting on it.</summary>
        public Task<string> FormAsync() =>
            Task.FromResult(_formToken is null ? string.Empty : "form-token=" + Uri.EscapeDataString(_formToken));

        [GeneratedRegex("""name="form-token" value="(?<token>[^"]+)">""")]
        private static partial Regex TokenField();
    }
}
