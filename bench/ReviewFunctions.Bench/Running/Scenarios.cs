using ReviewFunctions.Bench.National;

namespace ReviewFunctions.Bench.Running;

/// <summary>Picks the scenario named first on the command line, runs it, prints its figures and says whether its targets were met.</summary>
internal static class Scenarios
{
    private static readonly IScenario[] All =
    [
        new NationalScenario(),
        new Local.LocalScenario(),
        new Local.StorageScenario(),
        new Intake.IntakeScenario(),
    ];

    public static string Usage =>
        "Usage: dotnet run -c Release --project bench/ReviewFunctions.Bench -- SCENARIO [options] [--json FILE]\n"
        + string.Join("\n", All.Select(s => $"  {s.Name} {s.Usage}"));

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var scenario = args.Count > 0 ? All.FirstOrDefault(s => s.Name == args[0]) : null;
        if (scenario is null)
        {
            await error.WriteLineAsync(args.Count == 0 ? "Name a scenario." : $"'{args[0]}' is not a scenario.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        string? json;
        Figures figures;
        try
        {
            var arguments = BenchArguments.Parse([.. args.Skip(1)]);
            json = arguments.Text("json");
            figures = await scenario.RunAsync(arguments, error, CancellationToken.None);
        }
        catch (BenchArgumentException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync(Usage);
            return 2;
        }
        catch (BenchFailedException e)
        {
            await error.WriteLineAsync($"{scenario.Name} failed: {e.Message}");
            return 1;
        }

        figures.Print(output);
        if (json is not null)
        {
            await figures.WriteJsonAsync(json);
        }

        return figures.AllTargetsMet ? 0 : 1;
    }
}
