using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Table and container names, retries and (for tests and local tools) transport and credential used by the storage adapters.</summary>
public sealed class StorageOptions
{
    public string EventsTable { get; init; } = "ReviewEvents";

    public string IndexTable { get; init; } = "ReviewIndex";

    public string DocumentsContainer { get; init; } = "review-documents";

    public StorageRetryOptions Retry { get; init; } = new();

    /// <summary>Overrides the credential for identity connections; by default <c>DefaultAzureCredential</c> with the connection's client id.</summary>
    public TokenCredential? Credential { get; init; }

    /// <summary>Overrides the HTTP transport, e.g. to point tests at an in-memory fake.</summary>
    public HttpPipelineTransport? Transport { get; init; }
}
