using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Maps events to table rows: the event's JSON in <see cref="ChunkedText"/> columns beside its type, time and actor.</summary>
internal static class EventEntities
{
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

        var entity = new TableEntity(reference, EventSequence.ToRowKey(sequence))
        {
            ["Type"] = @event.Type,
            ["RecordedAt"] = recordedAt,
            ["AppendId"] = appendId,
        };
        ActorColumns.Write(entity, @event.Actor);
        ChunkedText.Write(entity, @event.Data);

        var size = ChunkedText.StoredSize(entity);
        if (size > ChunkedText.MaxEntityBytes)
        {
            throw new ArgumentException(
                $"Event {index} ({@event.Type}) needs {size:N0} bytes of table storage, over the 1 MiB limit; store bulky content as a document and refer to it.",
                parameterName);
        }

        return entity;
    }

    public static StoredEvent ToEvent(TableEntity entity) => new(
        EventSequence.FromRowKey(entity.RowKey),
        entity.GetString("Type") ?? string.Empty,
        ChunkedText.Read(entity),
        entity.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue,
        ActorColumns.Read(entity));
}
