using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Sends a message, turning a failure to get any response (after retries) into a <see cref="StorageRequestException"/>.</summary>
internal static class StorageTransport
{
    public static async Task SendAsync(HttpPipeline pipeline, HttpMessage message, string operation, CancellationToken ct)
    {
        try
        {
            await pipeline.SendAsync(message, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new StorageRequestException(operation, 0, "Timeout", null, ex);
        }
        catch (Exception ex) when (ex is RequestFailedException { Status: 0 } or HttpRequestException or IOException)
        {
            throw new StorageRequestException(operation, 0, "TransportFailure", null, ex);
        }
    }
}
