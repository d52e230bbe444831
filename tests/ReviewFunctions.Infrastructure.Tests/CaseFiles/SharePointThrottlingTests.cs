using System.Globalization;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>
/// Graph throttling (429 with Retry-After) on every kind of call securing a review's case files makes: the folder still
/// ends up closed to everyone but the members, and no retry comes sooner than Graph asked. Waits are taken on a
/// <see cref="WaitingClock"/>, so the gap between a 429 and its retry is read exactly.
/// </summary>
[Trait("Category", "FaultInjection")]
public sealed class SharePointThrottlingTests
{
    private const string Reference = "CR-2027-0001";
    private const string Chair = "chair@panel.example.org";
    private const string Manager = "bm@board.example.org";
    private const string Author = "author@reviews.example.org";

    /// <summary>Each call re-securing a review makes, with a Retry-After of its own so a retry is matched to its 429.</summary>
    private static readonly Throttle[] Resecuring =
    [
        new("GET", "/drives", "3"),
        new("POST", "/children", "5"),
        new("GET", "/permissions", "7"),
        new("POST", "/invite", "13"),
        new("DELETE", "/permissions/" + FakeGraph.UserGrant(Chair).Id, "17"),
    ];

    [Fact]
    public async Task A_review_resecured_with_every_call_throttled_once_is_shared_with_exactly_its_members_after_the_waits_asked_for()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith([Chair, Manager, Author]);
        var clock = new WaitingClock();
        fake.Clock = clock;
        using (var first = TestCaseFiles.Store(fake, new RecordingDelay(), clock: clock))
        {
            await first.SecureAsync(Reference, [Chair, Manager]);
        }

        fake.Folder(Reference)!.Permissions.Add(FakeGraph.UserGrant("curious@board.example.org", "write"));

        var (access, requests) = await SecureThrottledAsync(fake, clock, Resecuring, [Manager, Author]);

        Assert.Equal([Author, Manager], access.People);
        AssertSharedWithExactly(fake, [Author, Manager]);
        AssertRetriedNoSoonerThanAsked(requests, Resecuring);
    }

    [Fact]
    public async Task A_new_review_secured_under_throttling_in_seconds_and_as_a_date_stops_inheriting_and_waits_as_asked()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith([Chair, Manager]);
        var clock = new WaitingClock();
        fake.Clock = clock;
        Throttle[] throttles =
        [
            new("POST", "/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", "11"),
            new("POST", "/invite", clock.GetUtcNow().AddSeconds(42).ToString("r", CultureInfo.InvariantCulture)),
        ];

        var (access, requests) = await SecureThrottledAsync(fake, clock, throttles, [Manager, Chair]);

        Assert.Equal([Manager, Chair], access.People);
        AssertSharedWithExactly(fake, [Chair, Manager]);
        AssertRetriedNoSoonerThanAsked(requests, throttles);
    }

    /// <summary>Secures the review with a store of its own after telling Graph to throttle each call in <paramref name="throttles"/> once.</summary>
    /// <returns>The access the store reports and the requests it made.</returns>
    private static async Task<(CaseFileAccess Access, List<SeenRequest> Requests)> SecureThrottledAsync(FakeGraph fake, WaitingClock clock, Throttle[] throttles, string[] members)
    {
        var before = fake.Requests.Count;
        foreach (var throttle in throttles)
        {
            fake.Fail(throttle.Matches, 429, throttle.RetryAfter);
        }

        using var store = TestCaseFiles.Store(fake, new RecordingDelay(), clock: clock);
        var access = await store.SecureAsync(Reference, members);
        return (access, fake.Requests.Skip(before).ToList());
    }

    /// <summary>The folder has its own permissions: the members', read only, and the app's; nothing inherited, no one else.</summary>
    private static void AssertSharedWithExactly(FakeGraph fake, string[] members)
    {
        var folder = fake.Folder(Reference)!;
        Assert.False(folder.Inherits);
        Assert.Equal(members.Order(StringComparer.Ordinal), folder.Permissions.Where(p => p.Kind == "user").Select(p => p.Email).Order(StringComparer.Ordinal));
        Assert.All(folder.Permissions, p => Assert.True(p.Kind == "app" || (p.Kind == "user" && p.Role == "read"), $"a {p.Kind} grant ({p.Role}) is still on the folder"));
    }

    /// <summary>Each throttled call is sent again, unchanged, and not before its Retry-After (seconds or a date) has passed.</summary>
    private static void AssertRetriedNoSoonerThanAsked(IReadOnlyList<SeenRequest> requests, IEnumerable<Throttle> throttles)
    {
        foreach (var throttle in throttles)
        {
            var matching = requests.Where(throttle.Matches).ToList();
            Assert.True(matching.Count >= 2, $"{throttle.Method} …{throttle.PathEnds} was not retried");
            var (refused, retry) = (matching[0], matching[1]);
            Assert.Equal(refused.ToString() + refused.Body, retry.ToString() + retry.Body);
            var notBefore = int.TryParse(throttle.RetryAfter, CultureInfo.InvariantCulture, out var seconds)
                ? refused.At.AddSeconds(seconds)
                : DateTimeOffset.Parse(throttle.RetryAfter, CultureInfo.InvariantCulture);
            Assert.True(retry.At >= notBefore, $"{throttle.Method} …{throttle.PathEnds} was retried at {retry.At:O}; Graph asked for no sooner than {notBefore:O}");
        }
    }

    /// <param name="RetryAfter">As Graph sends it: whole seconds, or an HTTP date.</param>
    private sealed record Throttle(string Method, string PathEnds, string RetryAfter)
    {
        public bool Matches(SeenRequest r) => r.Method == Method && r.Path.EndsWith(PathEnds, StringComparison.Ordinal);
    }
}
