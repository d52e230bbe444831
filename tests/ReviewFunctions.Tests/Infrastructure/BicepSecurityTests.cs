using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests.Infrastructure;

/// <summary>
/// The Azure templates' security controls, asserted on what the Bicep compiler says infra/bicep would deploy with
/// main.bicepparam (<see cref="BicepDeployment"/>), so a change that weakens one fails here before it reaches Azure.
/// </summary>
public sealed partial class BicepSecurityTests(BicepDeployment deployment) : IClassFixture<BicepDeployment>
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";
    private const string Containers = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string ImmutabilityPolicies = "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies";
    private const string Vaults = "Microsoft.KeyVault/vaults";
    private const string Sites = "Microsoft.Web/sites";
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";
    private const string PrivateEndpoints = "Microsoft.Network/privateEndpoints";

    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    /// <summary>Roles that would let the app's identity do more than read and write data.</summary>
    private static readonly Dictionary<string, string> TooPowerful = new()
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["b24988ac-6180-42a0-ab88-20f7382dd24c"] = "Contributor",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["17d1049b-9a84-46fb-8f53-869881c3d3ab"] = "Storage Account Contributor",
        ["00482a5a-887f-4fb3-b363-3b7fe8e74483"] = "Key Vault Administrator",
        ["b86a8fe4-44ce-4948-aee5-eccb2c155cd7"] = "Key Vault Secrets Officer",
    };

    private Snapshot Deployed => deployment.AsCommitted;

    private string ParameterValue(string name) => (string)deployment.Parameters[name]!["value"]!;

    [Fact]
    public void Storage_requires_TLS_1_2_and_HTTPS_and_allows_no_public_blobs_or_shared_keys()
    {
        var storage = Properties(Deployed.One(StorageAccounts));

        Assert.Equal("TLS1_2", (string?)storage["minimumTlsVersion"]);
        Assert.True((bool)storage["supportsHttpsTrafficOnly"]!);
        Assert.False((bool)storage["allowBlobPublicAccess"]!);
        Assert.False((bool)storage["allowSharedKeyAccess"]!);
        Assert.All(Deployed.OfType(Containers), c => Assert.Equal("None", (string?)Properties(c)["publicAccess"]));
    }

    [Fact]
    public void The_apps_identity_gets_blob_data_contributor_with_queue_and_table_data_contributor_on_its_own_storage_account_only()
    {
        var storageId = (string)Deployed.One(StorageAccounts)["id"]!;

        var onStorage = Deployed.OfType(RoleAssignments).Where(a => ScopeOf(a) == storageId).Select(RoleOf).Order().ToList();

        Assert.Equal(new[] { StorageTableDataContributor, StorageQueueDataContributor, StorageBlobDataContributor }.Order(), onStorage);
        Assert.All(Deployed.OfType(RoleAssignments), a => Assert.Equal("ServicePrincipal", (string?)Properties(a)["principalType"]));
    }

    [Fact]
    public void No_role_assignment_anywhere_grants_an_owner_or_administrator_role()
    {
        var granted = deployment.AsCommitted.OfType(RoleAssignments)
            .Concat(deployment.WithoutPrivateEndpoints.OfType(RoleAssignments))
            .Select(RoleOf)
            .ToList();

        Assert.Equal(
            new[] { KeyVaultSecretsUser, MonitoringMetricsPublisher, StorageBlobDataContributor, StorageQueueDataContributor, StorageTableDataContributor }.Order(),
            granted.Distinct().Order());
        Assert.All(granted, role => Assert.False(TooPowerful.ContainsKey(role), $"{TooPowerful.GetValueOrDefault(role)} is granted"));
        foreach (var role in TooPowerful)
        {
            Assert.DoesNotContain(role.Key, AllTemplates(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Review_documents_are_kept_in_versions_that_are_write_once_under_a_default_retention_policy()
    {
        var documentsContainer = new StorageOptions().DocumentsContainer;

        var blobService = Properties(Deployed.One("Microsoft.Storage/storageAccounts/blobServices"));
        var documents = Properties(Deployed.Named(Containers, documentsContainer));
        var policy = Deployed.One(ImmutabilityPolicies);

        Assert.True((bool)blobService["isVersioningEnabled"]!);
        Assert.True((bool)documents["immutableStorageWithVersioning"]!["enabled"]!);
        Assert.EndsWith($"/{documentsContainer}/default", (string)policy["name"]!, StringComparison.Ordinal);
        Assert.Equal((int)deployment.Parameters["evidenceRetentionDays"]!["value"]!, (int)Properties(policy)["immutabilityPeriodSinceCreationInDays"]!);
        Assert.False((bool)Properties(policy)["allowProtectedAppendWrites"]!);
        Assert.False((bool)Properties(policy)["allowProtectedAppendWritesAll"]!);
    }

    [Fact]
    public void The_retention_policy_is_deployed_unlocked_and_left_alone_once_the_Board_has_locked_it()
    {
        var locking = Assert.Single(deployment.Template["parameters"]!.AsObject(), p => p.Key == "evidenceRetentionLocked").Value!;

        // Azure writes only unlocked policies: the template never asks for a lock, the Board locks it after sign-off.
        Assert.False((bool)locking["defaultValue"]!);
        Assert.Null(Properties(Deployed.One(ImmutabilityPolicies))["state"]);
        Assert.DoesNotContain("/lock", AllTemplates(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(deployment.AfterTheRetentionPolicyIsLocked.OfType(ImmutabilityPolicies));
        Assert.True((bool)Properties(deployment.AfterTheRetentionPolicyIsLocked.Named(Containers, new StorageOptions().DocumentsContainer))["immutableStorageWithVersioning"]!["enabled"]!);
    }

    [Fact]
    public void Only_the_health_probe_is_reachable_without_signing_in_and_others_get_401()
    {
        var auth = Properties(Deployed.Named("Microsoft.Web/sites/config", "authsettingsV2"));

        Assert.True((bool)auth["platform"]!["enabled"]!);
        Assert.True((bool)auth["globalValidation"]!["requireAuthentication"]!);
        Assert.Equal("Return401", (string?)auth["globalValidation"]!["unauthenticatedClientAction"]);
        Assert.Equal(new[] { "/api/health" }, Strings(auth["globalValidation"]!["excludedPaths"]));
        Assert.True((bool)auth["httpSettings"]!["requireHttps"]!);
        Assert.False((bool)auth["login"]!["tokenStore"]!["enabled"]!);
    }

    [Fact]
    public void Tokens_are_checked_against_the_app_registration_whose_client_id_main_bicepparam_gives()
    {
        var clientId = ParameterValue("authClientId");
        var parameter = deployment.Template["parameters"]!["authClientId"]!;
        var entra = Properties(Deployed.Named("Microsoft.Web/sites/config", "authsettingsV2"))["identityProviders"]!["azureActiveDirectory"]!;

        Assert.True(Guid.TryParseExact(clientId, "D", out _), $"authClientId in main.bicepparam is not a GUID: {clientId}");
        Assert.Equal("string", (string?)parameter["type"]);
        Assert.Null(parameter["defaultValue"]);
        Assert.True((bool)entra["enabled"]!);
        Assert.Equal(clientId, (string?)entra["registration"]!["clientId"]);
        Assert.Contains($"api://{clientId}", Strings(entra["validation"]!["allowedAudiences"]));
        // The login host stays an expression (environment()); the tenant and the v2.0 endpoint are evaluated.
        var issuer = (string)entra["registration"]!["openIdIssuer"]!;
        Assert.Contains("environment().authentication.loginEndpoint", issuer, StringComparison.Ordinal);
        Assert.Contains($"{{1}}/v2.0', environment().authentication.loginEndpoint, '{BicepDeployment.TenantId}'", issuer, StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_publishing_credentials_are_off_for_FTP_and_the_deployment_endpoint()
    {
        var policies = Deployed.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(new[] { "ftp", "scm" }, policies.Select(p => ((string)p["name"]!).Split('/')[^1]).Order());
        Assert.All(policies, p => Assert.False((bool)Properties(p)["allow"]!));
    }

    [Fact]
    public void Private_endpoints_are_on_in_main_bicepparam_and_then_storage_and_Key_Vault_refuse_public_network_access()
    {
        Assert.True((bool)deployment.Parameters["usePrivateEndpoints"]!["value"]!);
        Assert.True((bool)deployment.Template["parameters"]!["usePrivateEndpoints"]!["defaultValue"]!);

        foreach (var closed in new[] { Deployed.One(StorageAccounts), Deployed.One(Vaults) })
        {
            var properties = Properties(closed);
            Assert.Equal("Disabled", (string?)properties["publicNetworkAccess"]);
            Assert.Equal("Deny", (string?)properties["networkAcls"]!["defaultAction"]);
            Assert.Equal("AzureServices", (string?)properties["networkAcls"]!["bypass"]);
        }
    }

    [Fact]
    public void Blob_table_queue_and_Key_Vault_each_have_a_private_endpoint_with_its_private_DNS_zone_linked_to_the_network()
    {
        var storageId = (string)Deployed.One(StorageAccounts)["id"]!;
        var vaultId = (string)Deployed.One(Vaults)["id"]!;
        var vnetId = (string)Deployed.One("Microsoft.Network/virtualNetworks")["id"]!;

        var endpoints = Deployed.OfType(PrivateEndpoints)
            .Select(e => Properties(e)["privateLinkServiceConnections"]![0]!["properties"]!)
            .Select(c => ((string)c["privateLinkServiceId"]!, Assert.Single(Strings(c["groupIds"]))))
            .Order()
            .ToList();
        var zones = Deployed.OfType("Microsoft.Network/privateDnsZones").Select(z => (string)z["name"]!).ToList();
        var links = Deployed.OfType("Microsoft.Network/privateDnsZones/virtualNetworkLinks").ToList();

        Assert.Equal(new[] { (storageId, "blob"), (storageId, "queue"), (storageId, "table"), (vaultId, "vault") }.Order(), endpoints);
        Assert.Equal(4, Deployed.OfType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups").Count());
        foreach (var service in new[] { "blob", "table", "queue" })
        {
            Assert.Contains(zones, z => z.Contains($"privatelink.{service}.", StringComparison.Ordinal) && z.Contains("suffixes.storage", StringComparison.Ordinal));
        }

        Assert.Contains("privatelink.vaultcore.azure.net", zones);
        Assert.Equal(4, links.Count);
        Assert.All(links, l => Assert.Equal(vnetId, (string?)Properties(l)["virtualNetwork"]!["id"]));
        Assert.All(links, l => Assert.False((bool)Properties(l)["registrationEnabled"]!));
    }

    [Fact]
    public void The_function_app_reaches_them_through_a_subnet_delegated_for_Flex_Consumption()
    {
        var vnet = Deployed.One("Microsoft.Network/virtualNetworks");
        var subnets = Properties(vnet)["subnets"]!.AsArray().Select(s => s!).ToList();
        var app = Properties(Deployed.One(Sites));

        var appSubnet = Assert.Single(subnets, s => (string?)s["name"] == "app");
        Assert.Equal("Microsoft.App/environments", (string?)appSubnet["properties"]!["delegations"]![0]!["properties"]!["serviceName"]);
        Assert.Contains((string)vnet["id"]!, (string)app["virtualNetworkSubnetId"]!, StringComparison.Ordinal);
        Assert.Equal("FlexConsumption", (string?)Deployed.One("Microsoft.Web/serverfarms")["sku"]!["tier"]);
    }

    [Fact]
    public void Without_private_endpoints_no_network_is_deployed_and_storage_and_Key_Vault_keep_their_public_endpoints()
    {
        var open = deployment.WithoutPrivateEndpoints;

        // Documented trade-off: a firewall without the private network would lock out the app itself.
        Assert.Empty(open.OfType("Microsoft.Network/virtualNetworks"));
        Assert.Empty(open.OfType(PrivateEndpoints));
        Assert.Null(Properties(open.One(Sites))["virtualNetworkSubnetId"]);
        Assert.Equal("Enabled", (string?)Properties(open.One(StorageAccounts))["publicNetworkAccess"]);
        Assert.Equal("Enabled", (string?)Properties(open.One(Vaults))["publicNetworkAccess"]);
        Assert.False((bool)Properties(open.One(StorageAccounts))["allowSharedKeyAccess"]!);
        Assert.True((bool)Properties(open.Named("Microsoft.Web/sites/config", "authsettingsV2"))["globalValidation"]!["requireAuthentication"]!);
    }

    [Fact]
    public void The_intake_duplicate_key_secret_is_a_Key_Vault_reference_the_apps_identity_may_read()
    {
        var vault = Deployed.One(Vaults);
        var app = Deployed.One(Sites);
        var identity = (string)Deployed.One("Microsoft.ManagedIdentity/userAssignedIdentities")["id"]!;

        var setting = Assert.Single(Properties(app)["siteConfig"]!["appSettings"]!.AsArray(), s => (string?)s!["name"] == "Intake__DuplicateKeySecret")!;

        Assert.Equal($"@Microsoft.KeyVault(VaultName={(string)vault["name"]!};SecretName=intake-duplicate-key)", (string?)setting["value"]);
        Assert.Equal(identity, (string?)Properties(app)["keyVaultReferenceIdentity"]);
        var onVault = Assert.Single(Deployed.OfType(RoleAssignments), a => ScopeOf(a) == (string)vault["id"]!);
        Assert.Equal(KeyVaultSecretsUser, RoleOf(onVault));
    }

    [Fact]
    public void Key_Vault_uses_RBAC_with_soft_delete_and_purge_protection()
    {
        var vault = Properties(Deployed.One(Vaults));

        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
        Assert.Null(vault["accessPolicies"]);
    }

    [Fact]
    public void The_function_app_is_https_only_on_Flex_Consumption_with_its_user_assigned_identity()
    {
        var app = Deployed.One(Sites);
        var properties = Properties(app);
        var settings = properties["siteConfig"]!["appSettings"]!.AsArray().ToDictionary(s => (string)s!["name"]!, s => (string?)s!["value"]);

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)properties["siteConfig"]!["ftpsState"]);
        Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
        Assert.Equal("dotnet-isolated", (string?)properties["functionAppConfig"]!["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)properties["functionAppConfig"]!["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)properties["functionAppConfig"]!["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", settings["SendGrid__ApiKey"], StringComparison.Ordinal);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
    }

    [Fact]
    public void Telemetry_takes_no_keys()
    {
        var settings = Properties(Deployed.One(Sites))["siteConfig"]!["appSettings"]!.AsArray();

        Assert.True((bool)Properties(Deployed.One("Microsoft.Insights/components"))["DisableLocalAuth"]!);
        Assert.Contains(settings, s => (string?)s!["name"] == "APPLICATIONINSIGHTS_AUTHENTICATION_STRING" && ((string?)s["value"])!.Contains("Authorization=AAD", StringComparison.Ordinal));
    }

    [Fact]
    public void The_templates_pass_the_Bicep_linter_without_warnings()
    {
        Assert.DoesNotMatch(@"\b(Warning|Error)\b", deployment.LinterOutput);
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

        Assert.Equal(6, modules.Count);
        Assert.Contains("modules/network.bicep", modules);
        Assert.All(modules, m => Assert.True(File.Exists(Repository.PathOf($"infra/bicep/{m}")), m));
        Assert.True(File.Exists(Repository.PathOf("infra/bicep/main.bicepparam")));
    }

    public static TheoryData<string> Templates() => [.. TemplateFiles()];

    private static JsonObject Properties(JsonObject resource) => resource["properties"]!.AsObject();

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

    private static string RoleOf(JsonObject assignment) =>
        ((string)Properties(assignment)["roleDefinitionId"]!).Split('/')[^1];

    /// <summary>
    /// The resource a role assignment applies to. ARM names an assignment by its scope, and the snapshot keeps that as
    /// extensionResourceId(scope, ...) because the assignment's own name depends on the identity's principal id.
    /// </summary>
    private static string ScopeOf(JsonObject assignment)
    {
        var id = (string)assignment["id"]!;
        var expression = ExtensionResourceScope().Match(id);
        return expression.Success ? expression.Groups[1].Value : id[..id.IndexOf("/providers/Microsoft.Authorization/", StringComparison.OrdinalIgnoreCase)];
    }

    private static string Read(string file) => File.ReadAllText(Repository.PathOf($"infra/bicep/{file}"));

    private static IEnumerable<string> TemplateFiles() =>
        Directory.GetFiles(Repository.PathOf("infra/bicep"), "*.bicep*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.PathOf("infra/bicep"), f));

    private static string AllTemplates() => string.Join('\n', TemplateFiles().Select(Read));

    [GeneratedRegex(@"module\s+\w+\s+'([^']+)'")]
    private static partial Regex ModuleReference();

    [GeneratedRegex(@"^\[extensionResourceId\('([^']+)'")]
    private static partial Regex ExtensionResourceScope();
}
