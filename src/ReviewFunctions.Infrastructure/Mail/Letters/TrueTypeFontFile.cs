using System.Buffers.Binary;
using System.Text;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// Writes a TrueType font file from its tables: the table directory (with the search fields the format asks for and
/// each table's checksum), then each table padded to four bytes.
/// </summary>
internal static class TrueTypeFontFile
{
    public static byte[] Write(IReadOnlyList<(string Tag, byte[] Bytes)> tables)
    {
        var header = 12 + (16 * tables.Count);
        var output = new MemoryStream();
        var directory = new byte[header];
        BinaryPrimitives.WriteUInt32BigEndian(directory, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(4), (ushort)tables.Count);
        var power = 1;
        while (power * 2 <= tables.Count)
        {
            power *= 2;
        }

        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(8), (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(10), (ushort)((tables.Count * 16) - (power * 16)));
        output.Write(directory);

        var offset = header;
        for (var i = 0; i < tables.Count; i++)
        {
            var record = directory.AsSpan(12 + (i * 16), 16);
            Encoding.ASCII.GetBytes(tables[i].Tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(tables[i].Bytes));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[i].Bytes.Length);
            offset += (tables[i].Bytes.Length + 3) & ~3;
        }

        output.Position = 0;
        output.Write(directory);
        foreach (var (_, bytes) in tables)
        {
            output.Write(bytes);
            output.Write(new byte[((bytes.Length + 3) & ~3) - bytes.Length]);
        }

        return output.ToArray();
    }

    private static uint Checksum(byte[] table)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < table.Length; i += 4)
        {
            word.Clear();
            table.AsSpan(i, Math.Min(4, table.Length - i)).CopyTo(word);
            sum += BinaryPrimitives.ReadUInt32BigEndian(word);
        }

        return sum;
    }
}
