using System.Collections.Concurrent;
using System.Diagnostics;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>
/// Runs the repository's pinned Azurite (node_modules/.bin/azurite, installed with <c>npm ci</c> if missing) in memory
/// on free loopback ports for the tests in <see cref="AzuriteGroup"/>, and stops it afterwards.
/// Tests isolate themselves with unique table, container and review names rather than relying on a fresh server.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public Uri TableEndpoint { get; private set; } = null!;

    public Uri BlobEndpoint { get; private set; } = null!;

    public Uri TableHost { get; private set; } = null!;

    public Uri BlobHost { get; private set; } = null!;

    public StorageConnection Connection => StorageConnection.FromConnectionString(ConnectionString());

    /// <summary>A connection string with explicit endpoints, the way a Functions app points at Azurite on custom ports.</summary>
    public string ConnectionString(string accountKey = AccountKey, Uri? tableEndpoint = null, Uri? blobEndpoint = null) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={accountKey};" +
        $"TableEndpoint={tableEndpoint ?? TableEndpoint};BlobEndpoint={blobEndpoint ?? BlobEndpoint};";

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var azurite = Path.Combine(root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            await NpmCiAsync(root);
        }

        // A port taken between choosing and binding makes Azurite fail fast; choose again.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var ports = FreePorts.Take(3);
            TableHost = new Uri($"http://127.0.0.1:{ports[1]}");
            BlobHost = new Uri($"http://127.0.0.1:{ports[0]}");
            TableEndpoint = new Uri(TableHost, AccountName);
            BlobEndpoint = new Uri(BlobHost, AccountName);
            _process = Start(azurite, root, ports);
            if (await AnswersAsync(_process))
            {
                return;
            }

            ProcessTree.Stop(_process, TimeSpan.FromSeconds(1));
            _process.Dispose();
            _process = null;
        }

        throw new InvalidOperationException("Azurite did not start. Its last output:\n" + string.Join('\n', _output.TakeLast(20)));
    }

    public Task DisposeAsync()
    {
        if (_process is not null)
        {
            ProcessTree.Stop(_process, TimeSpan.FromSeconds(2));
            _process.Dispose();
        }

        return Task.CompletedTask;
    }

    private Process Start(string azurite, string root, int[] ports)
    {
        var info = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--skipApiVersionCheck", "--silent",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<bool> AnswersAsync(Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout && !process.HasExited)
        {
            try
            {
                // Any HTTP answer (403 without a signature) means the service is listening.
                using var table = await http.GetAsync(new Uri(TableEndpoint + "/Tables"));
                using var blob = await http.GetAsync(new Uri(BlobEndpoint + "?comp=list"));
                return true;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
            catch (TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        return false;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 50)
        {
            _output.TryDequeue(out _);
        }
    }

    private static async Task NpmCiAsync(string root)
    {
        var info = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = Process.Start(info) ?? throw new InvalidOperationException("Could not start npm; install Node.js to run storage tests.");
        var stdout = npm.StandardOutput.ReadToEndAsync();
        var stderr = npm.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await npm.WaitForExitAsync(timeout.Token);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed ({npm.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
