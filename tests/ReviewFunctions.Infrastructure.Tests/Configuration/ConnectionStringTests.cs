using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Configuration;

public sealed class ConnectionStringTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Development_storage_points_at_azurite_default_ports()
    {
        var connection = StorageConnection.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal(StorageAuthMode.ConnectionString, connection.AuthMode);
        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), connection.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), connection.BlobEndpoint);
    }

    [Fact]
    public void Account_key_string_derives_endpoints_from_protocol_and_suffix()
    {
        var connection = StorageConnection.FromConnectionString(
            $"DefaultEndpointsProtocol=https;AccountName=reviewsprod;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://reviewsprod.table.core.windows.net"), connection.TableEndpoint);
        Assert.Equal(new Uri("https://reviewsprod.blob.core.windows.net"), connection.BlobEndpoint);
    }

    [Fact]
    public void Explicit_endpoints_win_for_azurite_on_custom_ports()
    {
        var connection = StorageConnection.FromConnectionString(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
            "TableEndpoint=http://127.0.0.1:41002/devstoreaccount1/;BlobEndpoint=http://127.0.0.1:41000/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:41002/devstoreaccount1/"), connection.TableEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:41000/devstoreaccount1"), connection.BlobEndpoint);
    }

    [Fact]
    public void A_shared_access_signature_is_accepted_and_never_shown()
    {
        var connection = StorageConnection.FromConnectionString(
            "TableEndpoint=https://reviewsprod.table.core.windows.net;BlobEndpoint=https://reviewsprod.blob.core.windows.net;SharedAccessSignature=sv=2024-11-04&sig=c2VjcmV0");

        Assert.Equal(new Uri("https://reviewsprod.blob.core.windows.net"), connection.BlobEndpoint);
        Assert.DoesNotContain("sig=", connection.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountName=reviewsprod")]
    [InlineData("AccountKey=abc=")]
    [InlineData("AccountName=reviewsprod;AccountKey=not*base64")]
    [InlineData("UseDevelopmentStorage=true;AccountName=x")]
    [InlineData("UseDevelopmentStorage=yes")]
    [InlineData("DefaultEndpointsProtocol=ftp;AccountName=reviewsprod;AccountKey=abc=")]
    [InlineData("AccountName=reviewsprod;AccountKey=abc=;TableEndpoint=not a uri")]
    [InlineData("just text")]
    public void Bad_connection_strings_name_the_setting_without_quoting_it(string connectionString)
    {
        var error = Assert.Throws<StorageConfigurationException>(() => StorageConnection.FromConnectionString(connectionString, "MyStorage"));

        Assert.Equal("MyStorage", error.SettingName);
        Assert.StartsWith("Storage setting 'MyStorage' is ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(connectionString.Trim(), error.Message.Replace("'MyStorage'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void Errors_and_descriptions_never_echo_the_key()
    {
        var secret = "c2VjcmV0LWtleS1tYXRlcmlhbA==";
        var connection = StorageConnection.FromConnectionString($"AccountName=reviewsprod;AccountKey={secret}");
        var error = Assert.Throws<StorageConfigurationException>(() =>
            StorageConnection.FromConnectionString($"AccountName=reviewsprod;AccountKey={secret};AccountKey={secret}"));

        Assert.DoesNotContain(secret, connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
    }
}
