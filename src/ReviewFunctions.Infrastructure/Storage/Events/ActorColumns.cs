using Azure.Data.Tables;
using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Who recorded an event, in columns of its own beside the event's JSON: the audit trail is read from the same row as
/// the event, so one cannot be written without the other. Rows without them were recorded by the system.
/// </summary>
internal static class ActorColumns
{
    public static void Write(TableEntity entity, Actor? actor)
    {
        if (actor is null)
        {
            return;
        }

        entity["ActorId"] = actor.ObjectId;
        entity["ActorName"] = actor.Name;
        entity["ActorEmail"] = actor.Email;
        entity["ActorRole"] = actor.Role;
        entity["ActorJustification"] = actor.Justification;
    }

    public static Actor? Read(TableEntity entity) =>
        entity.GetString("ActorId") is { } id
            ? new Actor(id, entity.GetString("ActorName") ?? string.Empty, entity.GetString("ActorEmail"), entity.GetString("ActorRole") ?? string.Empty, entity.GetString("ActorJustification"))
            : null;
}
