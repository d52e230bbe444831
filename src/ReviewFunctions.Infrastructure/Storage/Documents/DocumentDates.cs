namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Metadata keys under which a document records the instant it belongs to (UTC, ISO 8601), which can differ from when
/// the blob was written: a retried letter keeps its first sending, and a local run on a moved clock keeps its own time.
/// </summary>
public static class DocumentDates
{
    public const string SentAt = "sentat";

    public const string ReceivedAt = "receivedat";

    public static IReadOnlyList<string> Keys { get; } = [SentAt, ReceivedAt];

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
