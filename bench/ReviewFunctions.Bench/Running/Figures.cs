using System.Globalization;
using System.Text.Json;

namespace ReviewFunctions.Bench.Running;

/// <summary>
/// What a scenario measured: named figures in the order they are printed, and the targets it was held to. Printed as
/// one table; the same rows are written as JSON for a machine to compare runs.
/// </summary>
internal sealed class Figures(string scenario)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly List<Figure> rows = [];
    private readonly List<Target> targets = [];
    private readonly List<FigureTable> tables = [];

    public string Scenario { get; } = scenario;

    public IReadOnlyList<Figure> Rows => rows;

    public IReadOnlyList<Target> Targets => targets;

    public bool AllTargetsMet => targets.All(t => t.Met);

    public void Add(string name, double value, string unit, string format = "0.###") =>
        rows.Add(new Figure(name, value, unit, value.ToString(format, CultureInfo.InvariantCulture)));

    public void Add(string name, string text) => rows.Add(new Figure(name, null, string.Empty, text));

    /// <summary>A target the run is held to; a missed one makes the run exit 1.</summary>
    public void Target(string what, bool met, string measured) => targets.Add(new Target(what, met, measured));

    /// <summary>A table of its own after the figures (per month, per kind…): one header and rows of equal width.</summary>
    public void Table(string title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> tableRows) =>
        tables.Add(new FigureTable(title, header, [.. tableRows]));

    public void Print(TextWriter output)
    {
        output.WriteLine($"== {Scenario} ==");
        var width = rows.Select(r => r.Name.Length).DefaultIfEmpty(10).Max();
        var valueWidth = rows.Select(r => r.Text.Length).DefaultIfEmpty(5).Max();
        foreach (var row in rows)
        {
            output.WriteLine($"  {row.Name.PadRight(width)}  {row.Text.PadLeft(valueWidth)} {row.Unit}".TrimEnd());
        }

        foreach (var table in tables)
        {
            output.WriteLine();
            output.WriteLine($"  {table.Title}");
            var widths = table.Header.Select((h, i) => Math.Max(h.Length, table.Rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToList();
            output.WriteLine("    " + string.Join("  ", table.Header.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
            foreach (var row in table.Rows)
            {
                output.WriteLine("    " + string.Join("  ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
            }
        }

        if (targets.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("  targets");
            foreach (var target in targets)
            {
                output.WriteLine($"    [{(target.Met ? "met" : "MISSED")}] {target.What}: {target.Measured}");
            }
        }
    }

    public async Task WriteJsonAsync(string path)
    {
        var document = new
        {
            scenario = Scenario,
            figures = rows,
            tables,
            targets,
            allTargetsMet = AllTargetsMet,
            machine = new { processors = Environment.ProcessorCount, os = Environment.OSVersion.VersionString, runtime = Environment.Version.ToString() },
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Json));
    }
}

/// <param name="Value">The number, or null for a figure that is text (a commit, a machine).</param>
internal sealed record Figure(string Name, double? Value, string Unit, string Text);

internal sealed record Target(string What, bool Met, string Measured);

internal sealed record FigureTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
