namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Index entries in reference order; pass <paramref name="Continuation"/> back for the next page, null at the end.</summary>
public sealed record ReviewIndexPage(IReadOnlyList<ReviewIndexRecord> Items, string? Continuation);
