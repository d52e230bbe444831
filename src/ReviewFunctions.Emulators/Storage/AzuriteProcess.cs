using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ReviewFunctions.Emulators.Storage;

/// <summary>
/// The repository's pinned Azurite (installed by <see cref="NodePackages"/> on first use) as a child process on free
/// loopback ports: in memory for tests, or keeping its data in a folder for the local host, so reviews survive a
/// restart. Stopped (and killed if it ignores SIGTERM) when disposed.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key: public, and only ever valid against the emulator.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<string> output;
    private readonly Process process;

    private AzuriteProcess(Process process, ConcurrentQueue<string> output, int[] ports)
    {
        this.process = process;
        this.output = output;
        BlobHost = new Uri($"http://127.0.0.1:{ports[0]}");
        TableHost = new Uri($"http://127.0.0.1:{ports[1]}");
        QueueHost = new Uri($"http://127.0.0.1:{ports[2]}");
    }

    /// <summary>The Azurite process, for a caller that needs to see it from the operating system.</summary>
    public int ProcessId => process.Id;

    public Uri BlobHost { get; }

    public Uri TableHost { get; }

    /// <summary>The queue service: the Durable Task engine's control and work-item queues live here.</summary>
    public Uri QueueHost { get; }

    public Uri TableEndpoint => new(TableHost, AccountName);

    public Uri BlobEndpoint => new(BlobHost, AccountName);

    public Uri QueueEndpoint => new(QueueHost, AccountName);

    /// <summary>A connection string with explicit endpoints, the way a Functions app points at Azurite on custom ports.</summary>
    public string ConnectionString(string accountKey = AccountKey, Uri? tableEndpoint = null, Uri? blobEndpoint = null) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={accountKey};" +
        $"TableEndpoint={tableEndpoint ?? TableEndpoint};BlobEndpoint={blobEndpoint ?? BlobEndpoint};QueueEndpoint={QueueEndpoint};";

    /// <param name="repositoryRoot">Where package.json pins Azurite.</param>
    /// <param name="dataFolder">Where Azurite keeps its data; null keeps it in memory.</param>
    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, string? dataFolder, CancellationToken cancellationToken)
    {
        await NodePackages.EnsureInstalledAsync(repositoryRoot, cancellationToken);
        var azurite = Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite");

        var output = new ConcurrentQueue<string>();

        // A port taken between choosing and binding makes Azurite fail fast; choose again.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var ports = FreePorts.Take(3);
            var started = new AzuriteProcess(Start(azurite, repositoryRoot, dataFolder, ports, output), output, ports);
            if (await started.AnswersAsync(cancellationToken))
            {
                return started;
            }

            await started.DisposeAsync();
        }

        throw new InvalidOperationException("Azurite did not start. Its last output:\n" + string.Join('\n', output.TakeLast(20)));
    }

    /// <summary>
    /// Lowers this Azurite's scheduling priority (below normal: nice 10 on Linux, on the thread that runs Azurite's
    /// JavaScript), so that when the machine's cores are all busy, the processes at normal priority are run first.
    /// </summary>
    public void GiveWayWhenBusy() => process.PriorityClass = ProcessPriorityClass.BelowNormal;

    public ValueTask DisposeAsync()
    {
        ProcessTree.Stop(process, TimeSpan.FromSeconds(2));
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Process Start(string azurite, string root, string? dataFolder, int[] ports, ConcurrentQueue<string> output)
    {
        var info = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports[1].ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports[2].ToString(CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--silent",

            // Azurite reports its use to Microsoft unless told not to; nothing here should leave the machine, and the
            // reporting took about a twelfth of Azurite's processor time under the local benchmark's load.
            "--disableTelemetry",
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (dataFolder is null)
        {
            info.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            info.ArgumentList.Add("--location");
            info.ArgumentList.Add(dataFolder);
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartTimeout);
        while (!deadline.IsCancellationRequested && !process.HasExited)
        {
            try
            {
                // Any HTTP answer (403 without a signature) means the service is listening.
                using var table = await http.GetAsync(new Uri(TableEndpoint + "/Tables"), deadline.Token);
                using var blob = await http.GetAsync(new Uri(BlobEndpoint + "?comp=list"), deadline.Token);
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100, CancellationToken.None);
            }
        }

        return false;
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 50)
        {
            output.TryDequeue(out _);
        }
    }
}
