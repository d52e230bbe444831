using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The few Table REST operations the adapters need, over an Azure.Core pipeline.</summary>
internal sealed class TableClient(HttpPipeline pipeline, Uri endpoint, string table)
{
    private const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    private volatile bool _exists;

    public string Table { get; } = table;

    public Uri Endpoint { get; } = endpoint;

    /// <summary>Creates the table the first time this instance needs it; "already exists" is success.</summary>
    public async Task EnsureExistsAsync(CancellationToken ct)
    {
        if (_exists)
        {
            return;
        }

        using var message = NewMessage(RequestMethod.Post, "/Tables", ct);
        SetJsonBody(message.Request, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["TableName"] = Table })));
        await StorageTransport.SendAsync(pipeline, message, $"create table {Table}", ct).ConfigureAwait(false);
        if (message.Response.Status != 201 && message.Response.Status != 204 && StorageErrors.ErrorCode(message.Response) != "TableAlreadyExists")
        {
            throw StorageErrors.From(message.Response, $"create table {Table}");
        }

        _exists = true;
    }

    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, string operation, CancellationToken ct)
    {
        using var message = NewMessage(RequestMethod.Get, TableKeys.EntityPath(Table, partitionKey, rowKey), ct);
        await StorageTransport.SendAsync(pipeline, message, operation, ct).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status == 404)
        {
            return null;
        }

        EnsureSuccess(response, operation);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        response.Headers.TryGetValue("ETag", out var etag);
        return TableEntity.FromJson(json.RootElement, etag);
    }

    /// <summary>Insert (no <paramref name="ifMatch"/>), replace if the ETag matches, or upsert (<c>*</c> is treated as upsert).</summary>
    public async Task<string> WriteAsync(TableEntity entity, TableWrite mode, string? ifMatch, string operation, CancellationToken ct)
    {
        var method = mode == TableWrite.Insert ? RequestMethod.Post : RequestMethod.Put;
        var path = mode == TableWrite.Insert ? "/" + Table : TableKeys.EntityPath(Table, entity.PartitionKey, entity.RowKey);
        using var message = NewMessage(method, path, ct);
        SetJsonBody(message.Request, entity.ToJson());
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        if (mode == TableWrite.Replace)
        {
            message.Request.Headers.SetValue("If-Match", ifMatch ?? throw new ArgumentNullException(nameof(ifMatch)));
        }

        await StorageTransport.SendAsync(pipeline, message, operation, ct).ConfigureAwait(false);
        EnsureSuccess(message.Response, operation);
        return message.Response.Headers.TryGetValue("ETag", out var etag) ? etag : string.Empty;
    }

    public async Task<TableQueryPage> QueryAsync(string filter, int top, TableContinuation? continuation, string operation, CancellationToken ct)
    {
        using var message = NewMessage(RequestMethod.Get, $"/{Table}()", ct);
        var uri = message.Request.Uri;
        uri.AppendQuery("$filter", filter, escapeValue: true);
        uri.AppendQuery("$top", top.ToString(CultureInfo.InvariantCulture), escapeValue: false);
        if (continuation is not null)
        {
            uri.AppendQuery("NextPartitionKey", continuation.NextPartitionKey, escapeValue: true);
            if (continuation.NextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", continuation.NextRowKey, escapeValue: true);
            }
        }

        await StorageTransport.SendAsync(pipeline, message, operation, ct).ConfigureAwait(false);
        var response = message.Response;
        EnsureSuccess(response, operation);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entities = json.RootElement.GetProperty("value").EnumerateArray().Select(e => TableEntity.FromJson(e)).ToList();
        var next = response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var nextPartition) && nextPartition.Length > 0
            ? new TableContinuation(nextPartition, response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var nextRow) ? nextRow : null)
            : null;
        return new TableQueryPage(entities, next);
    }

    public async Task<TableBatchOutcome> SubmitAsync(byte[] body, string contentType, string operation, CancellationToken ct)
    {
        using var message = NewMessage(RequestMethod.Post, "/$batch", ct);
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(body);
        await StorageTransport.SendAsync(pipeline, message, operation, ct).ConfigureAwait(false);
        EnsureSuccess(message.Response, operation);
        return TableBatchOutcome.Parse(message.Response.Content.ToString());
    }

    private HttpMessage NewMessage(RequestMethod method, string path, CancellationToken ct)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath(path, escape: false);
        request.Headers.SetValue("Accept", JsonMinimalMetadata);
        request.Headers.SetValue("DataServiceVersion", "3.0;");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }

    private static void SetJsonBody(Request request, byte[] json)
    {
        request.Headers.SetValue("Content-Type", "application/json");
        request.Content = RequestContent.Create(json);
    }

    private static void EnsureSuccess(Response response, string operation)
    {
        if (response.IsError || response.Status >= 300)
        {
            throw StorageErrors.From(response, operation);
        }
    }
}
