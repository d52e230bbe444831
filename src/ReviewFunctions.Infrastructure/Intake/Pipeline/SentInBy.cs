using System.Buffers.Text;
using System.Text.Json;
using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Who posted a message to the HTTP endpoint, kept as metadata on the message as stored, so a delivery finished later
/// (<see cref="UnstartedReferrals"/>) still records them as having sent the referral in. Base64url of the JSON, since
/// metadata is ASCII and a name need not be.
/// </summary>
internal static class SentInBy
{
    public const string MetadataKey = "sentinby";

    public static string Encode(Actor actor) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(actor));

    /// <summary>Null when the message came another way (the mailbox), or the value is not one this wrote.</summary>
    public static Actor? Decode(IReadOnlyDictionary<string, string> metadata)
    {
        if (!metadata.TryGetValue(MetadataKey, out var value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Actor>(Base64Url.DecodeFromChars(value));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
