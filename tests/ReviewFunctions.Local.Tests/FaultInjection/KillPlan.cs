namespace ReviewFunctions.Local.Tests.FaultInjection;

/// <summary>
/// When to kill the host, counted in requests to storage (through the fault proxy) since it was last started, so a seed
/// names the same kill points on every run rather than instants that depend on the machine's speed.
/// </summary>
internal sealed class KillPlan(int seed, int kills)
{
    /// <summary>The undisturbed scenario makes a few hundred requests to storage after the referral; kills land inside it.</summary>
    private const int FewestRequests = 15;

    private const int MostRequests = 120;

    private readonly Random draws = new(seed);

    public int Left { get; private set; } = kills;

    /// <returns>How many requests after a start the next kill comes, or null when the plan's kills are used up.</returns>
    public long? Next()
    {
        if (Left == 0)
        {
            return null;
        }

        Left--;
        return draws.Next(FewestRequests, MostRequests);
    }
}
