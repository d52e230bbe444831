namespace ReviewFunctions.Domain.Procedures;

/// <summary>A role in a review; <see cref="EscalatesTo"/> is told when the role's step is overdue.</summary>
public sealed record Role(string Id, string Title, string? EscalatesTo);
