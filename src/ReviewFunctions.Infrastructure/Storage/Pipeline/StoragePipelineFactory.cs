using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Builds the Azure.Core pipeline for one storage service: version header, our retry policy, then authorisation per try.</summary>
internal static class StoragePipelineFactory
{
    public const string TokenScope = "https://storage.azure.com/.default";

    public static HttpPipeline Create(StorageService service, StorageConnection connection, StorageOptions options)
    {
        var clientOptions = new StorageClientOptions(options);
        var version = new ServiceVersionPolicy(service == StorageService.Table ? ServiceVersionPolicy.Table : ServiceVersionPolicy.Blob);
        return HttpPipelineBuilder.Build(clientOptions, [version], [Authorization(service, connection, options)], new ResponseClassifier());
    }

    private static HttpPipelinePolicy Authorization(StorageService service, StorageConnection connection, StorageOptions options)
    {
        if (connection.AuthMode == StorageAuthMode.Identity)
        {
            return new BearerTokenAuthenticationPolicy(options.Credential ?? DefaultCredential(connection), TokenScope);
        }

        var account = connection.AccountName!;
        return service == StorageService.Table
            ? new TableSharedKeyLitePolicy(account, connection.AccountKey, options.TimeProvider)
            : new BlobSharedKeyPolicy(account, connection.AccountKey, options.TimeProvider);
    }

    private static TokenCredential DefaultCredential(StorageConnection connection) =>
        connection.ManagedIdentityClientId is { } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();

    private sealed class StorageClientOptions : ClientOptions
    {
        public StorageClientOptions(StorageOptions options)
        {
            RetryPolicy = new StorageRetryPolicy(options.Retry, options.TimeProvider);
            Retry.NetworkTimeout = options.NetworkTimeout;
            Diagnostics.ApplicationId = "ReviewFunctions";

            // Request and response bodies hold case data, so they never go to Azure.Core's event-source log.
            Diagnostics.IsLoggingContentEnabled = false;
            if (options.Transport is not null)
            {
                Transport = options.Transport;
            }
        }
    }
}
