using System.Globalization;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Sequence numbers as RowKeys: zero-padded to ten digits so string order is numeric order. A review's partition also
/// holds rows that are not events (its snapshot, <see cref="SnapshotRows"/>), so event reads ask for this range only.
/// </summary>
internal static class EventSequence
{
    public const long Max = 9_999_999_999;

    public static string ToRowKey(long sequence) => sequence.ToString("D10", CultureInfo.InvariantCulture);

    public static long FromRowKey(string rowKey) =>
        rowKey.Length == 10 && long.TryParse(rowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new InvalidDataException("An event row has a RowKey that is not a sequence number.");

    /// <summary>The review's events after <paramref name="afterSequence"/>: sequence RowKeys only, never another row of the partition.</summary>
    public static string After(string reference, long afterSequence) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {reference} and RowKey gt {ToRowKey(afterSequence)} and RowKey le {ToRowKey(Max)}");
}
