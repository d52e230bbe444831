using System.Text;
using System.Text.Json;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>
/// Maps JSON paths (<c>steps[3].anchor.step</c>) to 1-based line numbers, because JsonDocument keeps no positions
/// and a Board editing a procedure file needs to know which line is wrong.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, long> lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public static JsonLineMap Build(byte[] utf8)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        var frames = new Stack<Frame>();
        var lineStarts = LineStarts(utf8);
        while (reader.Read())
        {
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames.Peek().Property = reader.GetString();
                    map.lines.TryAdd(PathOf(frames), line);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    MarkValue(map, frames, line);
                    frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    MarkValue(map, frames, line);
                    break;
            }
        }

        return map;
    }

    /// <summary>The line of the path, or of its nearest parent that has one.</summary>
    public long? LineOf(string path)
    {
        for (var p = path; ; p = Parent(p))
        {
            if (lines.TryGetValue(p, out var line))
            {
                return line;
            }

            if (p.Length == 0)
            {
                return null;
            }
        }
    }

    private static void MarkValue(JsonLineMap map, Stack<Frame> frames, long line)
    {
        if (frames.Count > 0 && frames.Peek().IsArray)
        {
            frames.Peek().Index++;
        }

        map.lines.TryAdd(PathOf(frames), line);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static string PathOf(Stack<Frame> frames)
    {
        var builder = new StringBuilder();
        foreach (var frame in frames.Reverse())
        {
            if (frame.IsArray)
            {
                builder.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Property is not null)
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(frame.Property);
            }
        }

        return builder.ToString();
    }

    private static List<long> LineStarts(byte[] utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static long LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}
