using System.Text.Json;

namespace ReviewFunctions.Domain.Reviews;

/// <summary>
/// A review's state written down as JSON at one point of its history, so a host can read it back and fold only the
/// events after it instead of replaying every event since the referral. A snapshot is a cache, never a record: the
/// events stay the only record, and a snapshot that cannot be used is simply ignored.
/// </summary>
public static class ReviewSnapshot
{
    /// <summary>
    /// The snapshot's shape and the fold that made it. Raise it with any change to <see cref="ReviewState"/>,
    /// <see cref="ReviewEvolution"/> or <see cref="ReviewEngine.Evolve"/> that changes what a history folds to.
    /// <see cref="Read"/> ignores a snapshot of any other format, so those reviews are replayed in full once and
    /// snapshotted afresh: that is what lets a change to the fold ship without migrating a single stored snapshot.
    /// </summary>
    public const int Format = 2;

    /// <summary>
    /// The event conventions (<see cref="ReviewJson.Options"/>), without the properties the state works out from its
    /// facts (<see cref="ReviewState.Finished"/>): those have no setter and are worked out again when read.
    /// </summary>
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <param name="procedures">The engine's <see cref="Procedures.ProcedureCatalogue.Fingerprint"/>: the fold asks the procedure whether a review has ended.</param>
    public static string Write(ReviewState state, string procedures) =>
        JsonSerializer.Serialize(new Document(Format, procedures, state), Options);

    /// <summary>
    /// The state in <paramref name="json"/>, or null when it is of another <see cref="Format"/>, was folded under other
    /// procedures, or cannot be read: the caller then replays the review's events in full.
    /// </summary>
    public static ReviewState? Read(string json, string procedures)
    {
        try
        {
            var document = JsonSerializer.Deserialize<Document>(json, Options);
            return document is not null && document.Format == Format && document.Procedures == procedures ? document.State : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ReviewJson.Options) { IgnoreReadOnlyProperties = true };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record Document(int Format, string Procedures, ReviewState State);
}
