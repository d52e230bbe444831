using System.Buffers.Binary;
using System.Text;

namespace ReviewFunctions.Infrastructure.Mail.Letters;

/// <summary>
/// The parts of a TrueType font a PDF needs: which glyph draws each character, how wide each glyph is, the font's
/// overall measurements, and a cut-down copy holding only the glyphs a letter uses. The copy keeps every glyph at its
/// own index (unused ones are left empty), so the PDF can address glyphs by index without a table to translate them.
/// </summary>
internal sealed class TrueTypeFont
{
    private static readonly string[] EmbeddedTables = ["cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    private readonly byte[] data;
    private readonly Dictionary<string, (int Offset, int Length)> tables;
    private readonly Dictionary<int, ushort> glyphOfCharacter;
    private readonly ushort[] advances;
    private readonly int[] glyphOffsets;

    public TrueTypeFont(string postScriptName, byte[] data)
    {
        PostScriptName = postScriptName;
        this.data = data;
        tables = ReadTableDirectory(data);
        var head = Table("head");
        UnitsPerEm = U16(head + 18);
        BoundingBox = [S16(head + 36), S16(head + 38), S16(head + 40), S16(head + 42)];
        var longOffsets = S16(head + 50) == 1;
        var hhea = Table("hhea");
        Ascent = S16(hhea + 4);
        Descent = S16(hhea + 6);
        var glyphCount = U16(Table("maxp") + 4);
        advances = ReadAdvances(U16(hhea + 34), glyphCount);
        glyphOffsets = ReadGlyphOffsets(glyphCount, longOffsets);
        glyphOfCharacter = ReadCharacterMap();
        var os2 = tables.TryGetValue("OS/2", out var os2Table) && U16(os2Table.Offset) >= 2 ? os2Table.Offset : -1;
        CapHeight = os2 >= 0 ? S16(os2 + 88) : Ascent;
    }

    public string PostScriptName { get; }

    public int UnitsPerEm { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public IReadOnlyList<int> BoundingBox { get; }

    /// <summary>The glyph for a character, or 0 (the font's "missing" box) when the font has none.</summary>
    public ushort GlyphOf(int codePoint) => glyphOfCharacter.GetValueOrDefault(codePoint);

    public int AdvanceOf(ushort glyph) => advances[Math.Min(glyph, advances.Length - 1)];

    public double WidthOf(string text, double size)
    {
        var units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += AdvanceOf(GlyphOf(rune.Value));
        }

        return units * size / UnitsPerEm;
    }

    /// <summary>A font file with only these glyphs (and the parts of composite glyphs they are built from) kept.</summary>
    public byte[] Subset(IEnumerable<ushort> glyphs)
    {
        var kept = new SortedSet<ushort> { 0 };
        var pending = new Stack<ushort>(glyphs);
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (glyph < advances.Length && kept.Add(glyph))
            {
                foreach (var part in ComponentsOf(glyph))
                {
                    pending.Push(part);
                }
            }
        }

        var glyf = new MemoryStream();
        var loca = new byte[glyphOffsets.Length * 4];
        for (var glyph = 0; glyph < glyphOffsets.Length - 1; glyph++)
        {
            BinaryPrimitives.WriteInt32BigEndian(loca.AsSpan(glyph * 4), (int)glyf.Length);
            if (kept.Contains((ushort)glyph))
            {
                glyf.Write(data.AsSpan(Table("glyf") + glyphOffsets[glyph], OutlineLength((ushort)glyph)));
                while (glyf.Length % 4 != 0)
                {
                    glyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteInt32BigEndian(loca.AsSpan((glyphOffsets.Length - 1) * 4), (int)glyf.Length);

        var head = data.AsSpan(Table("head"), tables["head"].Length).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);

        var output = EmbeddedTables
            .Where(tables.ContainsKey)
            .Select(tag => (Tag: tag, Bytes: tag switch
            {
                "glyf" => glyf.ToArray(),
                "loca" => loca,
                "head" => head,
                _ => data.AsSpan(tables[tag].Offset, tables[tag].Length).ToArray(),
            }))
            .ToList();
        return TrueTypeFontFile.Write(output);
    }

    /// <summary>How many bytes describe the glyph's outline: 0 for a glyph that draws nothing, or one a subset left out.</summary>
    public int OutlineLength(ushort glyph) => glyph < glyphOffsets.Length - 1 ? glyphOffsets[glyph + 1] - glyphOffsets[glyph] : 0;

    /// <summary>A composite glyph (say "ŵ", a "w" with a circumflex) is drawn from others, which must be kept too.</summary>
    public IEnumerable<ushort> ComponentsOf(ushort glyph)
    {
        if (OutlineLength(glyph) == 0)
        {
            yield break;
        }

        var at = Table("glyf") + glyphOffsets[glyph];
        if (S16(at) >= 0)
        {
            yield break;
        }

        at += 10;
        const int wordArguments = 0x0001, scale = 0x0008, moreComponents = 0x0020, xyScale = 0x0040, twoByTwo = 0x0080;
        int flags;
        do
        {
            flags = U16(at);
            yield return (ushort)U16(at + 2);
            at += 4 + ((flags & wordArguments) != 0 ? 4 : 2);
            at += (flags & scale) != 0 ? 2 : (flags & xyScale) != 0 ? 4 : (flags & twoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & moreComponents) != 0);
    }

    private Dictionary<int, ushort> ReadCharacterMap()
    {
        var cmap = Table("cmap");
        var count = U16(cmap + 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + (i * 8);
            var (platform, encoding) = (U16(record), U16(record + 2));
            var subtable = cmap + (int)U32(record + 4);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            switch (U16(subtable))
            {
                case 4 when unicode:
                    format4 ??= subtable;
                    break;
                case 12 when unicode:
                    format12 ??= subtable;
                    break;
            }
        }

        return format12 is { } twelve ? ReadFormat12(twelve)
            : format4 is { } four ? ReadFormat4(four)
            : throw new InvalidDataException($"{PostScriptName} has no Unicode character map.");
    }

    private Dictionary<int, ushort> ReadFormat4(int at)
    {
        var map = new Dictionary<int, ushort>();
        var segments = U16(at + 6) / 2;
        var ends = at + 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            var (start, end, delta, rangeOffset) = (U16(starts + (s * 2)), U16(ends + (s * 2)), S16(deltas + (s * 2)), U16(rangeOffsets + (s * 2)));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : U16(rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2)) is var g and not 0 ? (g + delta) & 0xFFFF : 0;
                if (glyph != 0)
                {
                    map[c] = (ushort)glyph;
                }
            }
        }

        return map;
    }

    private Dictionary<int, ushort> ReadFormat12(int at)
    {
        var map = new Dictionary<int, ushort>();
        var groups = (int)U32(at + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = at + 16 + (g * 12);
            var (start, end, first) = ((int)U32(group), (int)U32(group + 4), (int)U32(group + 8));
            for (var c = start; c <= end; c++)
            {
                map[c] = (ushort)(first + c - start);
            }
        }

        return map;
    }

    private ushort[] ReadAdvances(int metrics, int glyphCount)
    {
        var hmtx = Table("hmtx");
        var result = new ushort[glyphCount];
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            result[glyph] = (ushort)U16(hmtx + (Math.Min(glyph, metrics - 1) * 4));
        }

        return result;
    }

    private int[] ReadGlyphOffsets(int glyphCount, bool longOffsets)
    {
        var loca = Table("loca");
        var offsets = new int[glyphCount + 1];
        for (var glyph = 0; glyph <= glyphCount; glyph++)
        {
            offsets[glyph] = longOffsets ? (int)U32(loca + (glyph * 4)) : U16(loca + (glyph * 2)) * 2;
        }

        return offsets;
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(byte[] data)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(12 + (i * 16), 16);
            result[Encoding.ASCII.GetString(record[..4])] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        return result;
    }

    private int Table(string tag) => tables.TryGetValue(tag, out var table)
        ? table.Offset
        : throw new InvalidDataException($"{PostScriptName} has no '{tag}' table.");

    private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(at));

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
}
