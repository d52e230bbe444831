using System.Globalization;

namespace ReviewFunctions.Bench.Running;

/// <summary>A scenario's options, <c>--name value</c> pairs, read with a clear message for anything wrong.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> values;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    private BenchArguments(Dictionary<string, string> values) => this.values = values;

    /// <exception cref="BenchArgumentException">An option is not a <c>--name value</c> pair or is given twice.</exception>
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3)
            {
                throw new BenchArgumentException($"'{name}' is not an option; options are written --name value.");
            }

            if (i + 1 >= args.Count)
            {
                throw new BenchArgumentException($"{name} needs a value.");
            }

            if (!values.TryAdd(name[2..], args[i + 1]))
            {
                throw new BenchArgumentException($"{name} is given twice.");
            }
        }

        return new BenchArguments(values);
    }

    public int Integer(string name, int fallback, int min, int max)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new BenchArgumentException($"--{name} must be a whole number from {min} to {max}; got '{text}'.");
    }

    public double Number(string name, double fallback, double min, double max)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new BenchArgumentException($"--{name} must be a number from {min} to {max}; got '{text}'.");
    }

    public string? Text(string name)
    {
        read.Add(name);
        return values.GetValueOrDefault(name);
    }

    /// <summary>Refuses an option the scenario did not ask for, so a misspelt one is not silently ignored.</summary>
    public void RefuseUnknown(string scenario)
    {
        var unknown = values.Keys.Where(k => !read.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new BenchArgumentException($"'{scenario}' does not take {string.Join(", ", unknown.Select(u => "--" + u))}.");
        }
    }
}

/// <summary>A wrong argument: the message says which and what it must be.</summary>
internal sealed class BenchArgumentException(string message) : Exception(message);
