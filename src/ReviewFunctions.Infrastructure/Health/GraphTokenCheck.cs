using Azure.Core;

namespace ReviewFunctions.Infrastructure.Health;

/// <summary>
/// Microsoft Graph, which holds the case files and the intake mailbox: a token for Graph from the credential the app uses
/// for them. A token issued is remembered for a few minutes, so probes do not ask Entra ID each time; a failure is not,
/// so a fixed grant shows at the next probe.
/// </summary>
public sealed class GraphTokenCheck(TokenCredential credential, TimeProvider clock) : IDependencyCheck
{
    public static readonly TimeSpan RememberSuccess = TimeSpan.FromMinutes(5);

    private static readonly TokenRequestContext GraphScope = new(["https://graph.microsoft.com/.default"]);

    // UTC ticks, so concurrent probes read and write it whole.
    private long _okUntilTicks;

    public string Name => "graph";

    public async Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now.UtcTicks < Interlocked.Read(ref _okUntilTicks))
        {
            return DependencyStatus.Ok;
        }

        AccessToken token;
        try
        {
            token = await credential.GetTokenAsync(GraphScope, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever a credential throws (no identity, no grant, Entra ID unreachable) means the same to a probe.
            return DependencyStatus.Failing(HealthReason.TokenNotIssued);
        }

        var until = now + RememberSuccess < token.ExpiresOn ? now + RememberSuccess : token.ExpiresOn;
        Interlocked.Exchange(ref _okUntilTicks, until.UtcTicks);
        return DependencyStatus.Ok;
    }
}
