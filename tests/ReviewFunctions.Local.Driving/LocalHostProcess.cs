using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Local.Cli;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Driving;

/// <summary>
/// The local host as a separate process, as a person starts it: <c>ReviewFunctions.Local run …</c>; called as one of
/// the demonstration Board's people, with the header <c>principal</c> prints for them.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private static readonly BoardPeople People = BoardPeople.Read(LocalBoard.SettingsJson(null));

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private LocalHostProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
        Http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(5) };
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    /// <summary>What it has written to its console (its log), for a test to see why it did something.</summary>
    public IReadOnlyList<string> Output => [.. output];

    /// <param name="options">More of <c>run</c>'s options, as the fault-injection tests give.</param>
    public static async Task<LocalHostProcess> StartAsync(string dataFolder, int port, string start, params string[] options)
    {
        var host = Launch(dataFolder, port, start, options);
        await host.WaitUntilHealthyAsync();
        return host;
    }

    /// <summary>Starts it without waiting for it to answer, so a test can kill it while it is still starting.</summary>
    public static LocalHostProcess Launch(string dataFolder, int port, string start, params string[] options)
    {
        var url = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(CommandLine).Assembly.Location, "run", "--urls", url.ToString().TrimEnd('/'), "--data", dataFolder, "--clock", "virtual", "--start", start }.Concat(options))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the local host.");
        var host = new LocalHostProcess(process, url);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public static int FreePort() => FreePorts.Take(1)[0];

    /// <param name="person">The key of the Board person asking, as in <c>principal business-manager</c>.</param>
    public async Task<JsonElement> GetJsonAsync(string path, string person)
    {
        using var request = As(person, new HttpRequestMessage(HttpMethod.Get, path));
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string person) =>
        await Http.SendAsync(As(person, new HttpRequestMessage(HttpMethod.Get, path)));

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string person) =>
        await Http.SendAsync(As(person, new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") }));

    /// <summary>Kills it as `kill PID` does (SIGTERM), mid-review, whatever it is doing; then the whole tree if it lingers.</summary>
    public void Kill() => ProcessTree.Stop(process, TimeSpan.FromSeconds(20));

    /// <summary>Kills it as a power cut or the OOM killer does (SIGKILL, the whole tree): nothing gets to finish.</summary>
    public void KillAbruptly()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>
    /// The most memory the host process has held (its resident high-water mark, Linux's VmHWM), not counting Azurite,
    /// which runs as its own process; null where /proc is not there to ask.
    /// </summary>
    public long? PeakMemoryBytes()
    {
        var status = $"/proc/{process.Id}/status";
        if (process.HasExited || !File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        Http.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static HttpRequestMessage As(string person, HttpRequestMessage request)
    {
        var caller = People.Find(person)?.Caller ?? throw new ArgumentException($"The demonstration Board has nobody with the key '{person}'.", nameof(person));
        request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(caller));
        return request;
    }

    public async Task WaitUntilHealthyAsync()
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The local host exited with code {process.ExitCode} before answering.");
            }

            try
            {
                using var response = await Http.GetAsync("api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The local host did not answer /api/health within two minutes.");
    }
}
