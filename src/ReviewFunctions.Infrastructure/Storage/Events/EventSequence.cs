using System.Globalization;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>Sequence numbers as RowKeys: zero-padded to ten digits so string order is numeric order.</summary>
internal static class EventSequence
{
    public const long Max = 9_999_999_999;

    public static string ToRowKey(long sequence) => sequence.ToString("D10", CultureInfo.InvariantCulture);

    public static long FromRowKey(string rowKey) =>
        rowKey.Length == 10 && long.TryParse(rowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new InvalidDataException("An event row has a RowKey that is not a sequence number.");
}
