using System.Reflection;
using ReviewFunctions.Health;

namespace ReviewFunctions.Tests.Support;

/// <summary>What the ReviewFunctions assembly under test says about how it was built.</summary>
internal static class BuildUnderTest
{
    public static Assembly FunctionsAssembly { get; } = typeof(HealthFunction).Assembly;

    /// <summary><c>real</c> or <c>offline</c>: the Functions SDK mode ReviewFunctions was compiled in.</summary>
    public static string SdkMode { get; } = Metadata("ReviewFunctionsSdkMode");

    /// <summary><c>automatic</c>, or <c>explicit</c> when the build was given -p:ReviewFunctionsSdkMode.</summary>
    public static string SdkModeChoice { get; } = Metadata("ReviewFunctionsSdkModeChoice");

    public static bool IsReal => SdkMode == "real";

    private static string Metadata(string key) =>
        FunctionsAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"ReviewFunctions has no assembly metadata '{key}'.");
}

/// <summary>
/// A fact that needs the real Functions packages at run time: skipped, and saying so, when
/// ReviewFunctions was built in the offline mode, where those types are declarations that throw.
/// </summary>
internal sealed class RealFunctionsSdkFactAttribute : FactAttribute
{
    public RealFunctionsSdkFactAttribute()
    {
        if (!BuildUnderTest.IsReal)
        {
            Skip = "needs the real Azure Functions packages: this is an OFFLINE build (see docs/FUNCTIONS-BUILD-MODES.md)";
        }
    }
}
