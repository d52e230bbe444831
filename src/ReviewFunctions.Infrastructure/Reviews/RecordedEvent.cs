using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>One event of a review's history as stored: its place in the stream, when it was written and by whom (null: the system).</summary>
public sealed record RecordedEvent(long Sequence, DateTimeOffset RecordedAt, ReviewEvent Event, Actor? Actor = null);

/// <summary>A review read back from its events: the state, the version to append after, and the history.</summary>
public sealed record LoadedReview(ReviewState State, long Version, IReadOnlyList<RecordedEvent> History);
