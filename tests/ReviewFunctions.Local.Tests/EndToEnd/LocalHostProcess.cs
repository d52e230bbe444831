using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Local.Cli;

namespace ReviewFunctions.Local.Tests.EndToEnd;

/// <summary>The local host as a separate process, as a person starts it: <c>ReviewFunctions.Local run …</c>.</summary>
internal sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process process;

    private LocalHostProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
        Http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(5) };
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    public static async Task<LocalHostProcess> StartAsync(string dataFolder, int port, string start)
    {
        var url = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(CommandLine).Assembly.Location, "run", "--urls", url.ToString().TrimEnd('/'), "--data", dataFolder, "--clock", "virtual", "--start", start })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the local host.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new LocalHostProcess(process, url);
        await host.WaitUntilHealthyAsync();
        return host;
    }

    public static int FreePort() => FreePorts.Take(1)[0];

    public async Task<JsonElement> GetJsonAsync(string path) => await Http.GetFromJsonAsync<JsonElement>(path);

    public async Task<HttpResponseMessage> PostAsync(string path, string body) =>
        await Http.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    /// <summary>Kills it as `kill PID` does (SIGTERM), mid-review, whatever it is doing; then the whole tree if it lingers.</summary>
    public void Kill() => ProcessTree.Stop(process, TimeSpan.FromSeconds(20));

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

    private async Task WaitUntilHealthyAsync()
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
