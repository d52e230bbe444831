using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests.Infrastructure;

/// <summary>
/// What infra/bicep would deploy, worked out by the Bicep compiler itself. <c>bicep snapshot</c> compiles a
/// .bicepparam file with its template and modules and evaluates it as Azure Resource Manager would, to the list of
/// resources with their property values: parameters, conditions, loops and module outputs are resolved, and only
/// values known after deployment (reference(), environment()) stay as expressions. The tests read those values, so a
/// change to a template, a module or main.bicepparam that weakens a control fails here.
/// </summary>
/// <remarks>
/// The templates are copied to a temporary folder first: the snapshot is written beside its .bicepparam file, and the
/// variants below are written as files of their own, none of which belongs in the repository.
/// </remarks>
public sealed partial class BicepDeployment : IAsyncLifetime
{
    // Fixed so the snapshot (unique names, role assignment ids) is the same on every run.
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000a1";
    public const string TenantId = "00000000-0000-0000-0000-0000000000b2";
    public const string ResourceGroup = "rg-reviews-test";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("reviewfunctions-bicep-");

    /// <summary>main.bicepparam exactly as committed.</summary>
    public Snapshot AsCommitted { get; private set; } = null!;

    /// <summary>main.bicepparam with usePrivateEndpoints = false.</summary>
    public Snapshot WithoutPrivateEndpoints { get; private set; } = null!;

    /// <summary>main.bicepparam with evidenceRetentionLocked = true, as after the Board has locked the policy.</summary>
    public Snapshot AfterTheRetentionPolicyIsLocked { get; private set; } = null!;

    /// <summary>The parameter values main.bicepparam gives, as <c>bicep build-params</c> compiles them.</summary>
    public JsonObject Parameters { get; private set; } = null!;

    /// <summary>main.bicep compiled to an ARM template.</summary>
    public JsonObject Template { get; private set; } = null!;

    /// <summary>What the linter said about main.bicep and main.bicepparam (warnings go to standard error).</summary>
    public string LinterOutput { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        CopyTemplates(new DirectoryInfo(Repository.PathOf("infra/bicep")), _folder);
        var committed = await File.ReadAllTextAsync(PathOf("main.bicepparam"));
        if (!UsePrivateEndpoints().IsMatch(committed))
        {
            throw new InvalidOperationException("main.bicepparam no longer sets usePrivateEndpoints; the variant without private endpoints is built from it.");
        }

        await File.WriteAllTextAsync(PathOf("public.bicepparam"), UsePrivateEndpoints().Replace(committed, "param usePrivateEndpoints = false", 1));

        await File.WriteAllTextAsync(PathOf("locked.bicepparam"), committed + "\nparam evidenceRetentionLocked = true\n");

        // The CLI is restored once; only then can the runs share it.
        await BicepCli.PathAsync();
        var asCommitted = SnapshotAsync("main");
        var withoutPrivateEndpoints = SnapshotAsync("public");
        var locked = SnapshotAsync("locked");
        var parameters = BicepCli.RunAsync(_folder.FullName, "build-params", "main.bicepparam", "--stdout");
        var template = BicepCli.RunAsync(_folder.FullName, "build", "main.bicep", "--stdout");
        var lintTemplate = BicepCli.RunAsync(_folder.FullName, "lint", "main.bicep");
        var lintParameters = BicepCli.RunAsync(_folder.FullName, "lint", "main.bicepparam");

        AsCommitted = await asCommitted;
        WithoutPrivateEndpoints = await withoutPrivateEndpoints;
        AfterTheRetentionPolicyIsLocked = await locked;
        var builtParameters = JsonNode.Parse((await parameters).Stdout)!.AsObject();
        Parameters = JsonNode.Parse(builtParameters["parametersJson"]!.GetValue<string>())!["parameters"]!.AsObject();
        Template = JsonNode.Parse((await template).Stdout)!.AsObject();
        var (templateOut, templateErr) = await lintTemplate;
        var (parametersOut, parametersErr) = await lintParameters;
        LinterOutput = string.Concat(templateOut, templateErr, parametersOut, parametersErr);
    }

    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private string PathOf(string file) => Path.Combine(_folder.FullName, file);

    private async Task<Snapshot> SnapshotAsync(string name)
    {
        await BicepCli.RunAsync(
            _folder.FullName,
            "snapshot", $"{name}.bicepparam",
            "--mode", "overwrite",
            "--subscription-id", SubscriptionId,
            "--tenant-id", TenantId,
            "--resource-group", ResourceGroup,
            "--location", "uksouth");
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(PathOf($"{name}.snapshot.json")))!.AsObject();
        return new Snapshot(snapshot["predictedResources"]!.AsArray().Select(r => r!.AsObject()).ToList());
    }

    [GeneratedRegex(@"^param usePrivateEndpoints = \w+", RegexOptions.Multiline)]
    private static partial Regex UsePrivateEndpoints();

    private static void CopyTemplates(DirectoryInfo from, DirectoryInfo to)
    {
        foreach (var file in from.GetFiles())
        {
            file.CopyTo(Path.Combine(to.FullName, file.Name));
        }

        foreach (var folder in from.GetDirectories())
        {
            CopyTemplates(folder, to.CreateSubdirectory(folder.Name));
        }
    }
}

/// <summary>The resources one deployment would create, with their evaluated properties.</summary>
public sealed class Snapshot(IReadOnlyList<JsonObject> resources)
{
    public IReadOnlyList<JsonObject> Resources { get; } = resources;

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The one resource of a type; fails if there is none or more than one.</summary>
    public JsonObject One(string type) => Assert.Single(OfType(type));

    /// <summary>The resource of a type whose name ends with <paramref name="name"/> (ARM names child resources parent/child).</summary>
    public JsonObject Named(string type, string name) =>
        Assert.Single(OfType(type), r => ((string)r["name"]!).Split('/')[^1] == name);
}
