using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// Locks records with the organisation's record retention label (Graph v1.0 <c>driveItem/retentionLabel</c>):
/// applying the label classifies the file as a record; <c>retentionSettings.isRecordLocked</c> locks or unlocks it
/// while the label, and so the retention period, stays.
/// </summary>
internal sealed class RecordLocking(GraphServiceClient graph, SharePointCaseFileOptions options)
{
    public async Task<CaseFileRecord> LockAsync(string drive, DriveItem item, CancellationToken ct)
    {
        var label = await ReadAsync(drive, item.Id!, ct).ConfigureAwait(false);
        if (!string.Equals(label?.Name, options.RetentionLabel, StringComparison.Ordinal))
        {
            label = await PatchAsync("Applying the retention label to a record", drive, item.Id!, new ItemRetentionLabel { Name = options.RetentionLabel }, ct).ConfigureAwait(false);
        }

        if (label?.RetentionSettings?.IsRecordLocked != true)
        {
            label = await PatchAsync("Locking a record", drive, item.Id!, Locked(true), ct).ConfigureAwait(false);
        }

        return Record(item, label);
    }

    public async Task<CaseFileRecord> UnlockAsync(string drive, DriveItem item, CancellationToken ct)
    {
        var label = await ReadAsync(drive, item.Id!, ct).ConfigureAwait(false);
        if (label?.RetentionSettings?.IsRecordLocked == true)
        {
            label = await PatchAsync("Unlocking a record", drive, item.Id!, Locked(false), ct).ConfigureAwait(false);
        }

        return Record(item, label);
    }

    public async Task<CaseFileRecord> DescribeAsync(string drive, DriveItem item, CancellationToken ct) =>
        Record(item, await ReadAsync(drive, item.Id!, ct).ConfigureAwait(false));

    private static ItemRetentionLabel Locked(bool locked) => new() { RetentionSettings = new RetentionLabelSettings { IsRecordLocked = locked } };

    private static CaseFileRecord Record(DriveItem item, ItemRetentionLabel? label) =>
        new(item.Name ?? "", item.Size ?? 0, string.IsNullOrEmpty(label?.Name) ? null : label.Name, label?.RetentionSettings?.IsRecordLocked == true);

    /// <summary>The item's label, or null when it has none (Graph answers 404 or an empty label).</summary>
    private async Task<ItemRetentionLabel?> ReadAsync(string drive, string itemId, CancellationToken ct)
    {
        try
        {
            return await graph.Drives[drive].Items[itemId].RetentionLabel.GetAsync(cancellationToken: ct).ConfigureAwait(false);
        }
        catch (ODataError e) when (GraphFailure.Is(e, 404))
        {
            return null;
        }
        catch (ODataError e)
        {
            throw new CaseFileServiceException("Reading a record's retention label", e.ResponseStatusCode, e.Error?.Code, e);
        }
    }

    private Task<ItemRetentionLabel?> PatchAsync(string operation, string drive, string itemId, ItemRetentionLabel change, CancellationToken ct) =>
        GraphFailure.Call(operation, () => graph.Drives[drive].Items[itemId].RetentionLabel.PatchAsync(change, cancellationToken: ct));
}
