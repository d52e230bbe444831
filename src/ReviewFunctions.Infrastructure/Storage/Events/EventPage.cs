namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Events in sequence order; pass <paramref name="Continuation"/> back to read on, null when there is no more.</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Events, string? Continuation);
