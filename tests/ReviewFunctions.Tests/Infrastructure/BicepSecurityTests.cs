using System.Text.RegularExpressions;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests.Infrastructure;

/// <summary>
/// The Azure templates' security settings, read from the .bicep files themselves, so a change that weakens one fails
/// here before it reaches Azure. (No Bicep compiler is available offline; the GitHub workflow also compiles them.)
/// </summary>
public sealed partial class BicepSecurityTests
{
    private static string Read(string file) => File.ReadAllText(Repository.PathOf($"infra/bicep/{file}"));

    private static IEnumerable<string> TemplateFiles() =>
        Directory.GetFiles(Repository.PathOf("infra/bicep"), "*.bicep", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.PathOf("infra/bicep"), f));

    public static TheoryData<string> Templates() => [.. TemplateFiles()];

    [Fact]
    public void Storage_requires_TLS_1_2_forbids_public_blobs_and_shared_keys()
    {
        var storage = Read("modules/storage.bicep");

        Assert.Matches(Setting("minimumTlsVersion", "'TLS1_2'"), storage);
        Assert.Matches(Setting("allowBlobPublicAccess", "false"), storage);
        Assert.Matches(Setting("allowSharedKeyAccess", "false"), storage);
        Assert.Matches(Setting("supportsHttpsTrafficOnly", "true"), storage);
        Assert.DoesNotMatch(Setting("publicAccess", "'(Blob|Container)'"), storage);
    }

    [Fact]
    public void The_apps_identity_gets_only_the_data_roles_it_needs_on_its_own_storage_account()
    {
        var storage = Read("modules/storage.bicep");

        Assert.Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", storage, StringComparison.Ordinal);
        Assert.Contains("974c5e8b-45b9-4653-ba55-5f855dd0fb88", storage, StringComparison.Ordinal);
        Assert.Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", storage, StringComparison.Ordinal);
        Assert.Matches(@"scope:\s*account", storage);
        Assert.DoesNotMatch(@"8e3af657-a8ff-443c-a75c-2fe8c4bcb635|b24988ac-6180-42a0-ab88-20f7382dd24c|17d1049b-9a84-46fb-8f53-869881c3d3ab", AllTemplates());
    }

    [Fact]
    public void Key_Vault_uses_RBAC_with_purge_protection_and_the_app_may_only_read_secrets()
    {
        var vault = Read("modules/keyvault.bicep");

        Assert.Matches(Setting("enableRbacAuthorization", "true"), vault);
        Assert.Matches(Setting("enablePurgeProtection", "true"), vault);
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", vault, StringComparison.Ordinal);
        Assert.DoesNotContain("accessPolicies", vault, StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_app_is_https_only_on_Flex_Consumption_with_its_user_assigned_identity()
    {
        var app = Read("modules/functionapp.bicep");

        Assert.Matches(Setting("httpsOnly", "true"), app);
        Assert.Matches(Setting("minTlsVersion", "'1.2'"), app);
        Assert.Matches(Setting("ftpsState", "'Disabled'"), app);
        Assert.Matches(@"tier:\s*'FlexConsumption'", app);
        Assert.Matches(@"type:\s*'UserAssigned'", app);
        Assert.Matches(@"name:\s*'dotnet-isolated'", app);
        Assert.Matches(@"version:\s*'10\.0'", app);
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", app, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__credential', value: 'managedidentity'", app, StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_takes_no_keys()
    {
        Assert.Matches(Setting("DisableLocalAuth", "true"), Read("modules/monitoring.bicep"));
        Assert.Contains("Authorization=AAD", Read("modules/functionapp.bicep"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_template_holds_a_secret_or_a_connection_string(string file)
    {
        var template = Read(file);

        Assert.DoesNotMatch(@"AccountKey=|listKeys\(|SharedAccessSignature|InstrumentationKey=|password\s*:", template);
    }

    [Fact]
    public void Every_module_main_uses_exists()
    {
        var main = Read("main.bicep");
        var modules = ModuleReference().Matches(main).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(5, modules.Count);
        Assert.All(modules, m => Assert.True(File.Exists(Repository.PathOf($"infra/bicep/{m}")), m));
        Assert.True(File.Exists(Repository.PathOf("infra/bicep/main.bicepparam")));
    }

    private static string AllTemplates() => string.Join('\n', TemplateFiles().Select(Read));

    private static string Setting(string name, string value) => $@"\b{name}:\s*{value}";

    [GeneratedRegex(@"module\s+\w+\s+'([^']+)'")]
    private static partial Regex ModuleReference();
}
