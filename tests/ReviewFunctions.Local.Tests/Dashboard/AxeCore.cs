using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using ReviewFunctions.Infrastructure.Storage.Emulator;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>axe-core, pinned in package.json, run inside the page the way a browser extension would run it.</summary>
public static class AxeCore
{
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static string? script;

    public static async Task<string> ScriptAsync()
    {
        await Loading.WaitAsync();
        try
        {
            return script ??= await ReadAsync();
        }
        finally
        {
            Loading.Release();
        }
    }

    /// <summary>Every violation axe finds on the page as it stands, with the elements it found it on.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return {
                passed: results.passes.length,
                violations: results.violations.map(v => ({
                  id: v.id,
                  impact: v.impact,
                  help: v.help,
                  nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)
                }))
              };
            }
            """);

        // A page axe could not look into would pass nothing as well as fail nothing: make sure it really checked.
        Assert.True(found.GetProperty("passed").GetInt32() > 10, $"axe checked almost nothing on {page.Url}.");
        return [.. found.GetProperty("violations").EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString() ?? "unknown",
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!)]))];
    }

    /// <summary>
    /// A checkout whose node_modules came before axe-core was pinned only lacks that package: npm install adds it from
    /// the lock file without removing the Azurite another test may be running.
    /// </summary>
    private static async Task<string> ReadAsync()
    {
        var root = RepositoryRoot.Find();
        var path = Path.Combine(root, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", ["install", "--no-audit", "--no-fund"]) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException("npm could not be started: install Node.js with npm to run the accessibility checks.");
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"axe-core is not installed at {path} and npm install did not add it (exit {npm.ExitCode}):\n{await output}\n{await errors}");
            }
        }

        return await File.ReadAllTextAsync(path);
    }
}

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Id}: {Help}\n    " + string.Join("\n    ", Nodes);
}
