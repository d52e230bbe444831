using System.Reflection;
using ReviewFunctions.Health;

namespace ReviewFunctions.Tests.Support;

/// <summary>The ReviewFunctions assembly under test.</summary>
internal static class BuildUnderTest
{
    public static Assembly FunctionsAssembly { get; } = typeof(HealthFunction).Assembly;
}
