using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Configuration;

public sealed class SettingsTests
{
    private static Func<string, string?> Settings(params (string Name, string Value)[] settings) =>
        name => settings.FirstOrDefault(s => s.Name == name).Value;

    [Fact]
    public void A_connection_string_setting_wins_over_identity_settings()
    {
        var connection = StorageConnection.FromSettings(Settings(
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"),
            ("AzureWebJobsStorage__accountName", "reviewsprod")));

        Assert.Equal(StorageAuthMode.ConnectionString, connection.AuthMode);
    }

    [Fact]
    public void Account_name_alone_gives_an_identity_connection_to_the_public_endpoints()
    {
        var connection = StorageConnection.FromSettings(Settings(("AzureWebJobsStorage__accountName", "reviewsprod")));

        Assert.Equal(StorageAuthMode.Identity, connection.AuthMode);
        Assert.Equal(new Uri("https://reviewsprod.table.core.windows.net"), connection.TableEndpoint);
        Assert.Equal(new Uri("https://reviewsprod.blob.core.windows.net"), connection.BlobEndpoint);
        Assert.Null(connection.ManagedIdentityClientId);
    }

    [Fact]
    public void Configuration_style_keys_and_service_uris_and_client_id_are_read()
    {
        var clientId = "6f1c2a55-3f0e-4d4e-9d8e-0c8b1f4b2a11";
        var connection = StorageConnection.FromSettings(Settings(
            ("Store:tableServiceUri", "https://reviewsprod.table.core.windows.net/"),
            ("Store:blobServiceUri", "https://reviewsprod.blob.core.windows.net"),
            ("Store:credential", "managedidentity"),
            ("Store:clientId", clientId)), "Store");

        Assert.Equal(StorageAuthMode.Identity, connection.AuthMode);
        Assert.Equal(new Uri("https://reviewsprod.table.core.windows.net"), connection.TableEndpoint);
        Assert.Equal(clientId, connection.ManagedIdentityClientId);
    }

    public static TheoryData<string, string[]> BadIdentitySettings => new()
    {
        // setting expected in the error, then name=value pairs
        { "AzureWebJobsStorage", [] },
        { "AzureWebJobsStorage__tableServiceUri", ["AzureWebJobsStorage__blobServiceUri=https://x.blob.core.windows.net"] },
        { "AzureWebJobsStorage__blobServiceUri", ["AzureWebJobsStorage__tableServiceUri=https://x.table.core.windows.net"] },
        { "AzureWebJobsStorage__tableServiceUri", ["AzureWebJobsStorage__tableServiceUri=http://x.table.core.windows.net", "AzureWebJobsStorage__accountName=x1x"] },
        { "AzureWebJobsStorage__clientId", ["AzureWebJobsStorage__accountName=reviewsprod", "AzureWebJobsStorage__clientId=my-identity"] },
        { "AzureWebJobsStorage__credential", ["AzureWebJobsStorage__accountName=reviewsprod", "AzureWebJobsStorage__credential=clientsecret"] },
        { "AzureWebJobsStorage__accountName", ["AzureWebJobsStorage__accountName=Not_An_Account"] },
    };

    [Theory]
    [MemberData(nameof(BadIdentitySettings))]
    public void Incomplete_or_invalid_identity_settings_name_the_setting_at_fault(string expectedSetting, string[] pairs)
    {
        var settings = pairs.Select(p => p.Split('=', 2)).Select(p => (p[0], p[1])).ToArray();

        var error = Assert.Throws<StorageConfigurationException>(() => StorageConnection.FromSettings(Settings(settings)));

        Assert.Equal(expectedSetting, error.SettingName);
        Assert.Contains(expectedSetting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_identity_endpoints_must_be_https()
    {
        var connection = StorageConnection.ForIdentity(new Uri("https://a.table.core.windows.net/"), new Uri("https://a.blob.core.windows.net"));

        Assert.Equal(StorageAuthMode.Identity, connection.AuthMode);
        Assert.Equal(new Uri("https://a.table.core.windows.net"), connection.TableEndpoint);
        Assert.Throws<ArgumentException>(() => StorageConnection.ForIdentity(new Uri("http://127.0.0.1:10002/devstoreaccount1"), new Uri("https://a.blob.core.windows.net")));
    }
}
