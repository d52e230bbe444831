using System.Text.Json;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>Reads typed fields out of a JSON file, failing with the file, line and field of the first problem.</summary>
internal sealed class JsonFileReader
{
    private readonly JsonLineMap lines;

    private JsonFileReader(string file, JsonLineMap lines, JsonElement root)
    {
        File = file;
        this.lines = lines;
        Root = root;
    }

    public string File { get; }

    public JsonElement Root { get; }

    public static JsonFileReader Open(string file, byte[] utf8)
    {
        try
        {
            // The document is only read inside this reader's lifetime as a parsed clone, so nothing keeps the pooled buffers.
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return new JsonFileReader(file, JsonLineMap.Build(utf8), document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new ProcedureLoadException(file, e.LineNumber + 1, $"not valid JSON: {FirstSentence(e.Message)}", e);
        }
    }

    public ProcedureLoadException Error(string path, string problem) =>
        new(File, lines.LineOf(path), string.IsNullOrEmpty(path) ? problem : $"{path}: {problem}");

    public JsonElement Object(JsonElement parent, string parentPath, string name, IReadOnlySet<string> allowed)
    {
        var value = Required(parent, parentPath, name);
        var path = Join(parentPath, name);
        RequireObject(value, path, allowed);
        return value;
    }

    public void RequireObject(JsonElement value, string path, IReadOnlySet<string> allowed)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"must be an object, not {Describe(value)}");
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                throw Error(Join(path, property.Name), $"unknown field '{property.Name}' (expected one of: {string.Join(", ", allowed.Order(StringComparer.Ordinal))})");
            }
        }
    }

    public JsonElement Required(JsonElement parent, string parentPath, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw Error(parentPath, $"missing required field '{name}'");

    public string String(JsonElement parent, string parentPath, string name)
    {
        var value = Required(parent, parentPath, name);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw Error(Join(parentPath, name), $"must be a non-empty string, not {Describe(value)}");
    }

    public string? OptionalString(JsonElement parent, string parentPath, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? String(parent, parentPath, name)
            : null;

    public bool Boolean(JsonElement parent, string parentPath, string name, bool fallback)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(Join(parentPath, name), $"must be true or false, not {Describe(value)}"),
        };
    }

    public int WholeNumber(JsonElement parent, string parentPath, string name, int min)
    {
        var value = Required(parent, parentPath, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min
            ? number
            : throw Error(Join(parentPath, name), $"must be a whole number of at least {min}, not {Describe(value)}");
    }

    public IReadOnlyList<JsonElement> Array(JsonElement parent, string parentPath, string name, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Error(parentPath, $"missing required field '{name}'") : [];
        }

        return value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()]
            : throw Error(Join(parentPath, name), $"must be a list, not {Describe(value)}");
    }

    public T Choice<T>(JsonElement parent, string parentPath, string name, IReadOnlyDictionary<string, T> choices, T? fallback = null)
        where T : struct
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback ?? throw Error(parentPath, $"missing required field '{name}'");
        }

        return ChoiceOf(value, Join(parentPath, name), choices);
    }

    public T ChoiceOf<T>(JsonElement value, string path, IReadOnlyDictionary<string, T> choices)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return text is not null && choices.TryGetValue(text, out var choice)
            ? choice
            : throw Error(path, $"'{(text ?? value.GetRawText())}' is not one of: {string.Join(", ", choices.Keys)}");
    }

    public static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => value.GetRawText(),
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
