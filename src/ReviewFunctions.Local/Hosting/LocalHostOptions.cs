namespace ReviewFunctions.Local.Hosting;

/// <summary>How the local host runs: where it listens (loopback only), where it keeps data, and which clock it uses.</summary>
/// <param name="Storage">
/// Storage to use instead of starting Azurite: for the fault-injection tests, which put a fault proxy in front of an
/// Azurite of their own that outlives the host they kill.
/// </param>
/// <param name="MailFaultSeed">When set, the local mail endpoint fails sends as <see cref="Emulators.Faults.MailFaultPlan"/> says, for the fault-injection tests.</param>
public sealed record LocalHostOptions(Uri Url, string DataFolder, bool VirtualClock, DateTimeOffset? Start, string? BoardFile = null, string? Storage = null, int? MailFaultSeed = null)
{
    /// <summary>The key the local mail endpoint expects; it never leaves this machine.</summary>
    public const string LocalMailKey = "local-mail-key";

    public static readonly Uri DefaultUrl = new("http://127.0.0.1:7071");

    public const string DefaultDataFolder = ".local";

    /// <summary>How often, in real time, the sweeper looks for reviews whose orchestration stopped.</summary>
    public TimeSpan SweepEvery { get; init; } = TimeSpan.FromMinutes(1);
}
