using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Names, clock, retries and (for tests) transport and credential used by the storage adapters.</summary>
public sealed class StorageOptions
{
    public string EventsTable { get; init; } = "ReviewEvents";

    public string IndexTable { get; init; } = "ReviewIndex";

    public string DocumentsContainer { get; init; } = "review-documents";

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public StorageRetryOptions Retry { get; init; } = new();

    /// <summary>Overrides the credential for identity connections; by default a managed identity or <c>DefaultAzureCredential</c>.</summary>
    public TokenCredential? Credential { get; init; }

    /// <summary>Overrides the HTTP transport, e.g. to point tests at an in-memory fake.</summary>
    public HttpPipelineTransport? Transport { get; init; }

    /// <summary>Per-try network timeout.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(100);
}
