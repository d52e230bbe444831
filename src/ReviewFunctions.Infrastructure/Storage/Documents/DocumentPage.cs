namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Documents in name order; pass <paramref name="Continuation"/> back for the next page, null at the end.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentListing> Items, string? Continuation);
