using System.Text.Json;
using Microsoft.Playwright;
using ReviewFunctions.Emulators.Storage;

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

    private static async Task<string> ReadAsync()
    {
        var root = RepositoryRoot.Find();
        await NodePackages.EnsureInstalledAsync(root, CancellationToken.None);
        return await File.ReadAllTextAsync(Path.Combine(root, "node_modules", "axe-core", "axe.min.js"));
    }
}

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Id}: {Help}\n    " + string.Join("\n    ", Nodes);
}
