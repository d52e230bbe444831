namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Which reviews to list: all, only unfinished ones, and/or one kind (e.g. <c>SCR</c>).</summary>
public sealed record ReviewIndexQuery(bool OpenOnly = false, string? Kind = null);
