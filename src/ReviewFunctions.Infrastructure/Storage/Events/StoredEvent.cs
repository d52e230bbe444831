using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>An event as stored: its place in the review's stream (1, 2, 3, …), type, JSON text, when and by whom it was recorded.</summary>
public sealed record StoredEvent(long Sequence, string Type, string Data, DateTimeOffset RecordedAt, Actor? Actor = null);
