namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Index rows share one partition (RowKey = reference): a board has hundreds of reviews and a few writes a day,
/// far below one partition's throughput, and one partition lists in reference order without cross-partition scans.
/// </summary>
internal static class ReviewIndexEntities
{
    public const string Partition = "review";

    public static TableEntity ToEntity(ReviewIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        TableKeys.Validate(entry.Reference, nameof(entry), "review reference");
        RequireText(entry.Kind, nameof(entry.Kind));
        RequireText(entry.Nation, nameof(entry.Nation));
        RequireText(entry.Stage, nameof(entry.Stage));
        ArgumentOutOfRangeException.ThrowIfNegative(entry.OverdueCount);

        return new TableEntity(Partition, entry.Reference)
            .Set("Kind", entry.Kind)
            .Set("Nation", entry.Nation)
            .Set("Stage", entry.Stage)
            .Set("NextDueStep", entry.NextDueStep)
            .Set("NextDue", entry.NextDue)
            .Set("OverdueCount", entry.OverdueCount)
            .Set("Finished", entry.Finished)
            .Set("UpdatedAt", entry.UpdatedAt);
    }

    public static ReviewIndexRecord ToRecord(TableEntity entity) => new(
        new ReviewIndexEntry(
            entity.RowKey,
            entity.GetString("Kind") ?? string.Empty,
            entity.GetString("Nation") ?? string.Empty,
            entity.GetString("Stage") ?? string.Empty,
            entity.GetString("NextDueStep"),
            entity.GetDateTime("NextDue"),
            entity.GetInt32("OverdueCount") ?? 0,
            entity.GetBoolean("Finished") ?? false,
            entity.GetDateTime("UpdatedAt") ?? DateTimeOffset.MinValue),
        entity.ETag ?? string.Empty);

    public static string Filter(ReviewIndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = $"PartitionKey eq {TableKeys.Quote(Partition)}";
        if (query.OpenOnly)
        {
            filter += " and Finished eq false";
        }

        if (query.Kind is not null)
        {
            RequireText(query.Kind, nameof(query.Kind));
            filter += $" and Kind eq {TableKeys.Quote(query.Kind)}";
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
