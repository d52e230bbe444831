namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>An event to append. <paramref name="Data"/> is the event's JSON text.</summary>
public sealed record NewEvent(string Type, string Data);
