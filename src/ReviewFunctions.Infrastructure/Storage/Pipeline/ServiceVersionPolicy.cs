using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Pins the REST API version so the service's behaviour cannot drift under us.</summary>
internal sealed class ServiceVersionPolicy(string version) : HttpPipelineSynchronousPolicy
{
    /// <summary>The version the official Tables SDK sends; bearer tokens need 2019-02-02 or later.</summary>
    public const string Table = "2019-02-02";

    public const string Blob = "2024-11-04";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("x-ms-version", version);
}
