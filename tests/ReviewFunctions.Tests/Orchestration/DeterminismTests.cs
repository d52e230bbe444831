using System.Text.RegularExpressions;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests.Orchestration;

/// <summary>
/// Orchestrator code is replayed from history, so it must make the same choices every time: no clocks, random
/// numbers, new identifiers, sleeps, threads or I/O outside the orchestration context. This reads the code that runs
/// inside the orchestration and fails on any such call.
/// </summary>
public sealed partial class DeterminismTests
{
    private static readonly string[] OrchestrationCode =
    [
        "src/ReviewFunctions/Reviews/ReviewOrchestrator.cs",
        "src/ReviewFunctions/Reviews/DurableReviewRuntime.cs",
        "src/ReviewFunctions.Domain/Running/ReviewLoop.cs",
        "src/ReviewFunctions.Domain/Running/ReviewLoopInput.cs",
        "src/ReviewFunctions.Domain/Running/DecideOutcome.cs",
    ];

    public static TheoryData<string> Files() => [.. OrchestrationCode];

    [Theory]
    [MemberData(nameof(Files))]
    public void Orchestration_code_calls_nothing_non_deterministic(string file)
    {
        var code = StripComments(File.ReadAllText(Repository.PathOf(file)));

        var found = Forbidden().Matches(code).Select(m => m.Value).Distinct().ToList();

        Assert.True(found.Count == 0, $"{file} uses {string.Join(", ", found)}; use the orchestration context instead.");
    }

    [Fact]
    public void The_check_itself_catches_each_forbidden_call()
    {
        const string bad = "var a = DateTime.UtcNow; var b = Guid.NewGuid(); await Task.Delay(1); Thread.Sleep(1); new Random(); Random.Shared; " +
            "Stopwatch.StartNew(); new HttpClient(); File.ReadAllText(x); Environment.TickCount; TimeProvider.System; Task.Run(f); DateTimeOffset.Now; .ConfigureAwait(false)";

        Assert.Equal(14, Forbidden().Count(bad));
        Assert.Equal(0, Forbidden().Count(StripComments("// DateTime.UtcNow is banned here")));
    }

    private static string StripComments(string code) => Comments().Replace(code, string.Empty);

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b|\bGuid\.NewGuid\b|\bTask\.(Delay|Run)\b|\bThread\.Sleep\b|\bnew Random\b|\bRandom\.Shared\b|\bStopwatch\b|\bHttpClient\b|\bFile\.\w+|\bEnvironment\.TickCount|\bTimeProvider\.System\b|\.ConfigureAwait\(false\)")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
