using System.Text.Json;

namespace ReviewFunctions.Bench.Local;

/// <summary>One event a person posts to <c>/api/reviews/{reference}/events</c>, labelled for the timings.</summary>
/// <param name="StepKind">How the step is done, as procedure files spell it, or "review members".</param>
/// <param name="Event">The event's type, as posted.</param>
/// <param name="Person">The key of the Board person who posts it.</param>
internal sealed record Post(string StepKind, string Event, string Person, string Body)
{
    public static Post Of<T>(string stepKind, string person, T body)
    {
        var json = JsonSerializer.SerializeToElement(body);
        return new Post(stepKind, json.GetProperty("type").GetString()!, person, json.GetRawText());
    }
}
