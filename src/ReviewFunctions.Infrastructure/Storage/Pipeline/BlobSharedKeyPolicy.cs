using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Signs Blob requests with Shared Key: verb, standard headers, canonicalized x-ms-* headers and resource
/// (learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key). Runs per try so the date is fresh.
/// </summary>
internal sealed class BlobSharedKeyPolicy(string accountName, byte[] accountKey, TimeProvider time) : HttpPipelineSynchronousPolicy
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    public override void OnSendingRequest(HttpMessage message)
    {
        message.Request.Headers.SetValue("x-ms-date", time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        var signature = SharedKeySigner.Sign(accountKey, StringToSign(accountName, message.Request));
        message.Request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }

    internal static string StringToSign(string accountName, Request request)
    {
        var builder = new StringBuilder(request.Method.Method.ToUpperInvariant()).Append('\n');
        foreach (var name in StandardHeaders)
        {
            builder.Append(StandardHeaderValue(request, name)).Append('\n');
        }

        var xmsHeaders = request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Name.ToLowerInvariant(), Value: h.Value.Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in xmsHeaders)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        return builder.Append(CanonicalizedResource(accountName, request.Uri.ToUri())).ToString();
    }

    internal static string CanonicalizedResource(string accountName, Uri uri)
    {
        var builder = new StringBuilder("/").Append(accountName).Append(uri.AbsolutePath.Length > 0 ? uri.AbsolutePath : "/");
        var parameters = QueryParameters.Parse(uri.Query)
            .GroupBy(p => p.Name.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var values = parameter.Select(p => p.Value).Order(StringComparer.Ordinal);
            builder.Append('\n').Append(parameter.Key).Append(':').Append(string.Join(',', values));
        }

        return builder.ToString();
    }

    private static string StandardHeaderValue(Request request, string name)
    {
        if (name == "Content-Length")
        {
            // Transport sets Content-Length from the body; version 2015-02-21+ signs zero as empty.
            return request.Content is not null && request.Content.TryComputeLength(out var length) && length > 0
                ? length.ToString(CultureInfo.InvariantCulture)
                : string.Empty;
        }

        // Date stays empty because x-ms-date is always sent.
        return name == "Date" ? string.Empty : request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
    }
}
