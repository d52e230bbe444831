using System.Globalization;
using System.Net;
using ReviewFunctions.Local.Hosting;

namespace ReviewFunctions.Local.Cli;

/// <summary><c>run</c>: the whole system on this machine (see <see cref="LocalHost"/>).</summary>
internal static class RunVerb
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var options = new Arguments(args, new HashSet<string>(StringComparer.Ordinal));
        var url = Url(options.Optional("--urls"));
        var data = options.Optional("--data") ?? LocalHostOptions.DefaultDataFolder;
        var clock = options.Optional("--clock") ?? "system";
        var start = options.Optional("--start");
        var board = options.Optional("--board");

        // For the fault-injection tests only, so not in the usage: storage behind their proxy, and a failing mail endpoint.
        var storage = options.Optional("--storage");
        var mailFaults = options.Optional("--mail-faults");
        var sweepEvery = options.Optional("--sweep-every");
        options.RejectUnknown();
        if (clock is not ("system" or "virtual"))
        {
            throw new UsageException($"--clock: '{clock}' is not one of system, virtual");
        }

        if (start is not null && clock != "virtual")
        {
            throw new UsageException("--start: only a virtual clock can start at a chosen time (add --clock virtual)");
        }

        if (board is not null && !File.Exists(board))
        {
            throw new UsageException($"--board: '{board}' does not exist (a Board's notice settings, see docs/NOTICES.md)");
        }

        DateTimeOffset? startAt = null;
        if (start is not null)
        {
            startAt = DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new UsageException($"--start: '{start}' is not a date and time such as 2027-02-08T09:00:00Z");
        }

        if (storage is not null && !LoopbackStorage(storage))
        {
            throw new UsageException("--storage: every endpoint must be on this computer (http://127.0.0.1:port/account)");
        }

        int? mailFaultSeed = mailFaults is null
            ? null
            : int.TryParse(mailFaults, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : throw new UsageException($"--mail-faults: '{mailFaults}' is not a whole number (the seed)");
        var sweep = sweepEvery is null ? new LocalHostOptions(url, data, false, null).SweepEvery
            : int.TryParse(sweepEvery, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 3600 ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"--sweep-every: '{sweepEvery}' is not a number of seconds from 1 to 3600");
        return LocalHost.RunAsync(new LocalHostOptions(url, data, clock == "virtual", startAt, board, storage, mailFaultSeed) { SweepEvery = sweep }, stdout, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Reviews' data stays on this machine with storage given too: a connection string naming each endpoint, all on loopback.</summary>
    private static bool LoopbackStorage(string connectionString)
    {
        var endpoints = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim().EndsWith("Endpoint", StringComparison.OrdinalIgnoreCase))
            .Select(pair => Uri.TryCreate(pair[1].Trim(), UriKind.Absolute, out var uri) ? uri : null)
            .ToList();
        return endpoints.Count == 3 && endpoints.All(uri => uri is { IsLoopback: true });
    }

    /// <summary>Children's and families' data never leaves this machine: only loopback addresses are accepted.</summary>
    private static Uri Url(string? value)
    {
        if (value is null)
        {
            return LocalHostOptions.DefaultUrl;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp || url.AbsolutePath != "/")
        {
            throw new UsageException($"--urls: '{value}' is not an address such as http://127.0.0.1:7071");
        }

        var loopback = url.IsLoopback && (url.Host == "localhost" || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
        return loopback ? url : throw new UsageException($"--urls: '{value}' is not a loopback address; the local host listens on 127.0.0.1, [::1] or localhost only");
    }
}
