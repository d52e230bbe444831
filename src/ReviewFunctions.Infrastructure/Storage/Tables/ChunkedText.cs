using System.Text;
using Azure.Data.Tables;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Long text in a table row. A string property holds at most 64 KiB (32K UTF-16 characters), so the text is cut into
/// Data0..DataN columns with their count in DataParts; the whole row must still fit the 1 MiB entity limit.
/// </summary>
internal static class ChunkedText
{
    public const int ChunkLength = 32_000;

    public const long MaxEntityBytes = 1024 * 1024;

    public static void Write(TableEntity entity, string text)
    {
        var chunks = Chunk(text);
        entity["DataParts"] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity["Data" + i] = chunks[i];
        }
    }

    /// <exception cref="InvalidDataException">A part the row counts is missing.</exception>
    public static string Read(TableEntity entity)
    {
        var parts = entity.GetInt32("DataParts") ?? 0;
        var text = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            text.Append(entity.GetString("Data" + i) ?? throw new InvalidDataException("A row is missing part of its data."));
        }

        return text.ToString();
    }

    /// <summary>Size as the service counts it against the 1 MiB entity limit (Understanding the Table service data model).</summary>
    public static long StoredSize(TableEntity entity)
    {
        long size = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2L);
        foreach (var (name, value) in entity)
        {
            if (name is not (nameof(TableEntity.PartitionKey) or nameof(TableEntity.RowKey)))
            {
                size += 8 + (name.Length * 2L) + value switch
                {
                    string s => 4 + (s.Length * 2L),
                    int => 4,
                    bool => 1,
                    _ => 8,
                };
            }
        }

        return size;
    }

    /// <summary>Cuts text into chunks without separating the halves of a surrogate pair.</summary>
    internal static List<string> Chunk(string data)
    {
        var chunks = new List<string>();
        var start = 0;
        do
        {
            var length = Math.Min(ChunkLength, data.Length - start);
            if (length > 0 && start + length < data.Length && char.IsHighSurrogate(data[start + length - 1]))
            {
                length--;
            }

            chunks.Add(data.Substring(start, length));
            start += length;
        }
        while (start < data.Length);

        return chunks;
    }
}
