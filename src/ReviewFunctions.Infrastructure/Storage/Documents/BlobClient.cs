using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The few Blob REST operations the document store needs, over an Azure.Core pipeline.</summary>
internal sealed class BlobClient(HttpPipeline pipeline, Uri endpoint, string container)
{
    private volatile bool _exists;

    public string Container { get; } = container;

    /// <summary>Creates the (private) container the first time this instance needs it; "already exists" is success.</summary>
    public async Task EnsureContainerAsync(CancellationToken ct)
    {
        if (_exists)
        {
            return;
        }

        using var message = NewMessage(RequestMethod.Put, null, ct);
        message.Request.Uri.AppendQuery("restype", "container");
        await StorageTransport.SendAsync(pipeline, message, $"create container {Container}", ct).ConfigureAwait(false);
        if (message.Response.Status != 201 && StorageErrors.ErrorCode(message.Response) != "ContainerAlreadyExists")
        {
            throw StorageErrors.From(message.Response, $"create container {Container}");
        }

        _exists = true;
    }

    /// <summary>Uploads in one Put Blob; with <paramref name="createOnly"/>, returns false instead of overwriting.</summary>
    public async Task<bool> PutAsync(string blobName, ReadOnlyMemory<byte> content, string contentType, byte[] md5, IReadOnlyDictionary<string, string> metadata, bool createOnly, CancellationToken ct)
    {
        using var message = NewMessage(RequestMethod.Put, blobName, ct);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        request.Headers.SetValue("Content-Type", contentType);

        // Content-MD5 makes the service reject a body damaged in transit; x-ms-blob-content-md5 keeps it on the blob.
        var md5Base64 = Convert.ToBase64String(md5);
        request.Headers.SetValue("Content-MD5", md5Base64);
        request.Headers.SetValue("x-ms-blob-content-md5", md5Base64);
        foreach (var (key, value) in metadata)
        {
            request.Headers.SetValue(BlobMetadata.HeaderPrefix + key, value);
        }

        if (createOnly)
        {
            request.Headers.SetValue("If-None-Match", "*");
        }

        request.Content = RequestContent.Create(content);
        await StorageTransport.SendAsync(pipeline, message, "store document", ct).ConfigureAwait(false);
        var status = message.Response.Status;
        if (createOnly && status is 409 or 412)
        {
            return false;
        }

        EnsureSuccess(message.Response, "store document");
        return true;
    }

    public async Task<BlobDownload?> GetAsync(string blobName, CancellationToken ct)
    {
        using var message = NewMessage(RequestMethod.Get, blobName, ct);
        await StorageTransport.SendAsync(pipeline, message, "read document", ct).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status == 404)
        {
            return null;
        }

        EnsureSuccess(response, "read document");
        response.Headers.TryGetValue("Content-Type", out var contentType);
        return new BlobDownload(response.Content.ToMemory(), contentType ?? string.Empty, Metadata(response));
    }

    /// <summary>The blob's metadata, or null if it does not exist.</summary>
    public async Task<IReadOnlyDictionary<string, string>?> GetMetadataAsync(string blobName, CancellationToken ct)
    {
        using var message = NewMessage(RequestMethod.Head, blobName, ct);
        await StorageTransport.SendAsync(pipeline, message, "read document properties", ct).ConfigureAwait(false);
        if (message.Response.Status == 404)
        {
            return null;
        }

        EnsureSuccess(message.Response, "read document properties");
        return Metadata(message.Response);
    }

    public async Task<BlobListPage> ListAsync(string prefix, int maxResults, string? marker, CancellationToken ct)
    {
        using var message = NewMessage(RequestMethod.Get, null, ct);
        var uri = message.Request.Uri;
        uri.AppendQuery("restype", "container");
        uri.AppendQuery("comp", "list");
        uri.AppendQuery("prefix", prefix, escapeValue: true);
        uri.AppendQuery("include", "metadata");
        uri.AppendQuery("maxresults", maxResults.ToString(CultureInfo.InvariantCulture));
        if (marker is not null)
        {
            uri.AppendQuery("marker", marker, escapeValue: true);
        }

        await StorageTransport.SendAsync(pipeline, message, "list documents", ct).ConfigureAwait(false);
        if (message.Response.Status == 404 && StorageErrors.ErrorCode(message.Response) == "ContainerNotFound")
        {
            return new BlobListPage([], null);
        }

        EnsureSuccess(message.Response, "list documents");
        return BlobListParser.Parse(message.Response.Content.ToString());
    }

    private HttpMessage NewMessage(RequestMethod method, string? blobName, CancellationToken ct)
    {
        var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(endpoint);
        message.Request.Uri.AppendPath("/" + Container, escape: false);
        if (blobName is not null)
        {
            foreach (var segment in blobName.Split('/'))
            {
                message.Request.Uri.AppendPath("/" + Uri.EscapeDataString(segment), escape: false);
            }
        }

        return message;
    }

    private static Dictionary<string, string> Metadata(Response response) =>
        response.Headers
            .Where(h => h.Name.StartsWith(BlobMetadata.HeaderPrefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Name[BlobMetadata.HeaderPrefix.Length..], h => h.Value, StringComparer.OrdinalIgnoreCase);

    private static void EnsureSuccess(Response response, string operation)
    {
        if (response.IsError || response.Status >= 300)
        {
            throw StorageErrors.From(response, operation);
        }
    }
}
