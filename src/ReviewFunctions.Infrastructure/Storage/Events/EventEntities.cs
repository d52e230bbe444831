using System.Text;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Maps events to table rows. A string property holds at most 64 KiB (32K UTF-16 characters), so event data is cut
/// into Data0..DataN chunks; the whole row must still fit the 1 MiB entity limit.
/// </summary>
internal static class EventEntities
{
    public const int ChunkLength = 32_000;

    public const long MaxEntityBytes = 1024 * 1024;

    public const int MaxTypeLength = 256;

    public static TableEntity ToEntity(string reference, long sequence, NewEvent @event, DateTimeOffset recordedAt, string appendId, int index, string parameterName)
    {
        if (@event is null || string.IsNullOrWhiteSpace(@event.Type) || @event.Type.Length > MaxTypeLength)
        {
            throw new ArgumentException($"Event {index} needs a type of 1-{MaxTypeLength} characters.", parameterName);
        }

        if (@event.Data is null)
        {
            throw new ArgumentException($"Event {index} ({@event.Type}) has no data.", parameterName);
        }

        var chunks = Chunk(@event.Data);
        var entity = new TableEntity(reference, EventSequence.ToRowKey(sequence))
        {
            ["Type"] = @event.Type,
            ["RecordedAt"] = recordedAt,
            ["AppendId"] = appendId,
            ["DataParts"] = chunks.Count,
        };
        ActorColumns.Write(entity, @event.Actor);
        for (var i = 0; i < chunks.Count; i++)
        {
            entity["Data" + i] = chunks[i];
        }

        var size = StoredSize(entity);
        if (size > MaxEntityBytes)
        {
            throw new ArgumentException(
                $"Event {index} ({@event.Type}) needs {size:N0} bytes of table storage, over the 1 MiB limit; store bulky content as a document and refer to it.",
                parameterName);
        }

        return entity;
    }

    public static StoredEvent ToEvent(TableEntity entity)
    {
        var parts = entity.GetInt32("DataParts") ?? 0;
        var data = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            data.Append(entity.GetString("Data" + i) ?? throw new InvalidDataException("An event row is missing part of its data."));
        }

        return new StoredEvent(
            EventSequence.FromRowKey(entity.RowKey),
            entity.GetString("Type") ?? string.Empty,
            data.ToString(),
            entity.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue,
            ActorColumns.Read(entity));
    }

    /// <summary>Size as the service counts it against the 1 MiB entity limit (Understanding the Table service data model).</summary>
    private static long StoredSize(TableEntity entity)
    {
        long size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2L);
        foreach (var (name, value) in entity)
        {
            if (name is not (nameof(TableEntity.PartitionKey) or nameof(TableEntity.RowKey)))
            {
                size += 8 + (name.Length * 2L) + value switch
                {
                    string s => 4 + (s.Length * 2L),
                    int => 4,
                    bool => 1,
                    _ => 8,
                };
            }
        }

        return size;
    }

    /// <summary>Cuts text into chunks without separating the halves of a surrogate pair.</summary>
    internal static List<string> Chunk(string data)
    {
        var chunks = new List<string>();
        var start = 0;
        do
        {
            var length = Math.Min(ChunkLength, data.Length - start);
            if (length > 0 && start + length < data.Length && char.IsHighSurrogate(data[start + length - 1]))
            {
                length--;
            }

            chunks.Add(data.Substring(start, length));
            start += length;
        }
        while (start < data.Length);

        return chunks;
    }
}
