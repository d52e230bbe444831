using System.Text.Json;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// What the host sends a review with the review-changed and review-wake events: the wake-up's id, which the review hands
/// back when it next sleeps, and the host's now as it was sent. The host's clock does not move while a review has a
/// wake-up it has not handed back, so that is the instant the review decides at.
/// </summary>
public sealed record ReviewWakeUp(string Nudge, DateTimeOffset Now)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ReviewWakeUp? Read(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var wakeUp = payload.Deserialize<ReviewWakeUp>(Json);
        return wakeUp is { Nudge.Length: > 0 } ? wakeUp : null;
    }
}
