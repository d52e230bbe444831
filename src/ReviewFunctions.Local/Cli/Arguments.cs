using System.Globalization;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Local.Cli;

/// <summary>Named options (<c>--name value</c> and <c>--flag</c>) after a verb, each read once and checked.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3)
            {
                throw new UsageException($"unexpected argument '{name}': options look like --name value");
            }

            if (options.ContainsKey(name))
            {
                throw new UsageException($"{name}: given twice");
            }

            if (flags.Contains(name))
            {
                options[name] = null;
                continue;
            }

            options[name] = e.MoveNext() && !e.Current.StartsWith("--", StringComparison.Ordinal)
                ? e.Current
                : throw new UsageException($"{name}: needs a value");
        }
    }

    public bool Flag(string name)
    {
        read.Add(name);
        return options.ContainsKey(name);
    }

    public string Required(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var value) && value is not null ? value : throw new UsageException($"{name}: required");
    }

    public string? Optional(string name)
    {
        read.Add(name);
        return options.GetValueOrDefault(name);
    }

    public DateOnly RequiredDate(string name) => ParseDate(name, Required(name));

    public DateOnly? OptionalDate(string name) => Optional(name) is { } value ? ParseDate(name, value) : null;

    public int RequiredInt(string name, int min, int max)
    {
        var value = Required(name);
        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new UsageException($"{name}: '{value}' is not a whole number from {min} to {max}");
    }

    public Nation RequiredNation(string name)
    {
        var value = Required(name);
        return NationNames.TryParse(value, out var nation)
            ? nation
            : throw new UsageException($"{name}: '{value}' is not one of {string.Join(", ", NationNames.All)}");
    }

    /// <summary>Called once a verb has read what it needs, so a mistyped option is reported rather than ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = options.Keys.FirstOrDefault(k => !read.Contains(k));
        if (unknown is not null)
        {
            throw new UsageException($"{unknown}: unknown option");
        }
    }

    private static DateOnly ParseDate(string name, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{name}: '{value}' is not a date in the form yyyy-MM-dd");
}
