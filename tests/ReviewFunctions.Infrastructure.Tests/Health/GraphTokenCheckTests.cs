using Azure.Core;
using Azure.Identity;
using ReviewFunctions.Infrastructure.Health;

namespace ReviewFunctions.Infrastructure.Tests.Health;

/// <summary>The Graph check asks the credential for a Graph token, remembers success briefly, and never repeats an error.</summary>
public sealed class GraphTokenCheckTests
{
    private const string Secret = "tenant contoso-safeguarding.onmicrosoft.com client 1f0c secret Xy9~abc";

    [Fact]
    public async Task A_token_issued_for_graph_is_ok()
    {
        var credential = new CountingCredential(() => new AccessToken("token", DateTimeOffset.UtcNow.AddHours(1)));

        var (report, _) = await HealthRun.CheckAsync(new GraphTokenCheck(credential, TimeProvider.System));

        Assert.Equal(DependencyStatus.Ok, report.Status("graph"));
        Assert.Equal(["https://graph.microsoft.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task A_credential_that_throws_fails_graph_with_a_503_that_never_shows_the_exception()
    {
        var credential = new CountingCredential(() => throw new AuthenticationFailedException(Secret, new InvalidOperationException(Secret)));

        var (report, body) = await HealthRun.CheckAsync(new GraphTokenCheck(credential, TimeProvider.System));

        Assert.Equal(503, report.HttpStatus);
        Assert.Equal(["graph"], report.Failing);
        Assert.Equal("token not issued", report.Status("graph").Reason);
        Assert.DoesNotContain("contoso", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Xy9~abc", body, StringComparison.Ordinal);
        Assert.DoesNotContain("AuthenticationFailed", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_failing_in_any_other_way_is_token_not_issued_too()
    {
        var credential = new CountingCredential(() => throw new InvalidOperationException(Secret));

        var (report, body) = await HealthRun.CheckAsync(new GraphTokenCheck(credential, TimeProvider.System));

        Assert.Equal("token not issued", report.Status("graph").Reason);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_success_is_remembered_for_five_minutes_so_probes_do_not_ask_Entra_each_time()
    {
        var clock = new MovingClock(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var credential = new CountingCredential(() => new AccessToken("token", clock.GetUtcNow().AddHours(1)));
        var check = new GraphTokenCheck(credential, clock);

        await check.CheckAsync(default);
        clock.Advance(TimeSpan.FromMinutes(4));
        await check.CheckAsync(default);
        Assert.Equal(1, credential.Calls);

        clock.Advance(TimeSpan.FromMinutes(2));
        await check.CheckAsync(default);
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task A_failure_is_not_remembered_so_a_fixed_grant_shows_at_the_next_probe()
    {
        var fail = true;
        var credential = new CountingCredential(() => fail ? throw new AuthenticationFailedException("no grant") : new AccessToken("token", DateTimeOffset.UtcNow.AddHours(1)));
        var check = new GraphTokenCheck(credential, TimeProvider.System);

        Assert.True((await check.CheckAsync(default)).IsFailing);
        fail = false;

        Assert.Equal(DependencyStatus.Ok, await check.CheckAsync(default));
    }

    private sealed class MovingClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }

    private sealed class CountingCredential(Func<AccessToken> issue) : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;

        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Scopes.AddRange(requestContext.Scopes);
            return issue();
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
