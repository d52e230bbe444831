using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Index rows share one partition (RowKey = reference): a board has hundreds of reviews and a few writes a day,
/// far below one partition's throughput, and one partition lists in reference order without cross-partition scans.
/// </summary>
internal static class ReviewIndexEntities
{
    public const string Partition = "review";

    /// <summary>Cannot occur in an e-mail address's unquoted form, which is the only form members are added in.</summary>
    private const char MemberSeparator = ' ';

    /// <remarks>A null value (no next due step) is simply not stored: the service treats null as an absent property.</remarks>
    public static TableEntity ToEntity(ReviewIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        TableKeys.Validate(entry.Reference, nameof(entry), "review reference");
        RequireText(entry.Kind, nameof(entry.Kind));
        RequireText(entry.Nation, nameof(entry.Nation));
        RequireText(entry.Stage, nameof(entry.Stage));
        ArgumentOutOfRangeException.ThrowIfNegative(entry.OverdueCount);

        return new TableEntity(Partition, entry.Reference)
        {
            ["Kind"] = entry.Kind,
            ["Nation"] = entry.Nation,
            ["Stage"] = entry.Stage,
            ["NextDueStep"] = entry.NextDueStep,
            ["NextDue"] = entry.NextDue,
            ["OverdueCount"] = entry.OverdueCount,
            ["Finished"] = entry.Finished,
            ["UpdatedAt"] = entry.UpdatedAt,
            ["Members"] = entry.Members is { Count: > 0 } members ? string.Join(MemberSeparator, members) : null,
        };
    }

    public static ReviewIndexRecord ToRecord(TableEntity entity) => new(
        new ReviewIndexEntry(
            entity.RowKey,
            entity.GetString("Kind") ?? string.Empty,
            entity.GetString("Nation") ?? string.Empty,
            entity.GetString("Stage") ?? string.Empty,
            entity.GetString("NextDueStep"),
            entity.GetDateTimeOffset("NextDue"),
            entity.GetInt32("OverdueCount") ?? 0,
            entity.GetBoolean("Finished") ?? false,
            entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
            entity.GetString("Members")?.Split(MemberSeparator, StringSplitOptions.RemoveEmptyEntries)),
        entity.ETag.ToString());

    public static string Filter(ReviewIndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        if (query.OpenOnly)
        {
            filter += TableClient.CreateQueryFilter($" and Finished eq {false}");
        }

        if (query.Kind is not null)
        {
            RequireText(query.Kind, nameof(query.Kind));
            filter += TableClient.CreateQueryFilter($" and Kind eq {query.Kind}");
        }

        return filter;
    }

    private static void RequireText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 256)
        {
            throw new ArgumentException($"{name} must be 1-256 characters.", name);
        }
    }
}
