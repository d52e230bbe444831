using System.Globalization;
using System.Text.Json;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// One table row in the JSON wire format. Values are string, int, long, bool or DateTimeOffset; a null value is
/// simply not stored, since tables have no null.
/// </summary>
internal sealed class TableEntity
{
    private readonly Dictionary<string, object> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _read = new(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; }

    public string RowKey { get; }

    public string? ETag { get; private init; }

    public TableEntity Set(string name, object? value)
    {
        if (value is not null)
        {
            _written[name] = value is string or int or long or bool or DateTimeOffset
                ? value
                : throw new ArgumentException($"Property type {value.GetType().Name} is not supported.", nameof(value));
        }

        return this;
    }

    public string? GetString(string name) =>
        _written.TryGetValue(name, out var w) ? (string)w : _read.TryGetValue(name, out var r) ? r.GetString() : null;

    public int? GetInt32(string name) =>
        _written.TryGetValue(name, out var w) ? (int)w : _read.TryGetValue(name, out var r) ? r.GetInt32() : null;

    public long? GetInt64(string name) =>
        _written.TryGetValue(name, out var w) ? (long)w
        : _read.TryGetValue(name, out var r) ? (r.ValueKind == JsonValueKind.String ? long.Parse(r.GetString()!, CultureInfo.InvariantCulture) : r.GetInt64())
        : null;

    public bool? GetBoolean(string name) =>
        _written.TryGetValue(name, out var w) ? (bool)w : _read.TryGetValue(name, out var r) ? r.GetBoolean() : null;

    public DateTimeOffset? GetDateTime(string name) =>
        _written.TryGetValue(name, out var w) ? (DateTimeOffset)w
        : _read.TryGetValue(name, out var r) ? DateTimeOffset.Parse(r.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
        : null;

    /// <summary>Size as the service counts it against the 1 MiB entity limit (Understanding the Table service data model).</summary>
    public long StoredSize()
    {
        long size = 4 + ((PartitionKey.Length + RowKey.Length) * 2L);
        foreach (var (name, value) in _written)
        {
            size += 8 + (name.Length * 2L) + value switch
            {
                string s => 4 + (s.Length * 2L),
                int => 4,
                long => 8,
                bool => 1,
                _ => 8,
            };
        }

        return size;
    }

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString(nameof(PartitionKey), PartitionKey);
            json.WriteString(nameof(RowKey), RowKey);
            foreach (var (name, value) in _written)
            {
                WriteProperty(json, name, value);
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static TableEntity FromJson(JsonElement element, string? etag = null)
    {
        var entity = new TableEntity(element.GetProperty(nameof(PartitionKey)).GetString()!, element.GetProperty(nameof(RowKey)).GetString()!)
        {
            ETag = etag ?? (element.TryGetProperty("odata.etag", out var e) ? e.GetString() : null),
        };
        foreach (var property in element.EnumerateObject())
        {
            if (!property.Name.Contains('@', StringComparison.Ordinal) && !property.Name.StartsWith("odata.", StringComparison.Ordinal)
                && property.Name is not ("PartitionKey" or "RowKey" or "Timestamp"))
            {
                entity._read[property.Name] = property.Value.Clone();
            }
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteString(name, s);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case long l:
                // JSON numbers would be read back as Int32 or Double, so Int64 travels as an annotated string.
                json.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                json.WriteString(name + "@odata.type", "Edm.Int64");
                break;
            case DateTimeOffset d:
                json.WriteString(name, d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                json.WriteString(name + "@odata.type", "Edm.DateTime");
                break;
        }
    }
}
