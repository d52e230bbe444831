using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>An event to append. <paramref name="Data"/> is the event's JSON text; <paramref name="Actor"/> who recorded it (null: the system).</summary>
public sealed record NewEvent(string Type, string Data, Actor? Actor = null);
