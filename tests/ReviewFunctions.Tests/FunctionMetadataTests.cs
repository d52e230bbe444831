using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests;

/// <summary>
/// The Functions host learns which functions the app has from <c>functions.metadata</c>, which the Worker SDK writes at
/// build time: a function missing from it never runs in Azure, however well it is tested here.
/// </summary>
public sealed class FunctionMetadataTests
{
    [Fact]
    public void The_built_app_declares_every_function_to_the_host_with_its_entry_point()
    {
        var declared = Functions().ToDictionary(f => f.Name, f => f.EntryPoint);

        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));
        var listed = metadata.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("entryPoint").GetString()!);

        Assert.Equal(declared.OrderBy(f => f.Key), listed.OrderBy(f => f.Key));
        Assert.Contains("ReviewOrchestrator", listed.Keys);
    }

    [Fact]
    public void Each_function_has_exactly_one_trigger()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(MetadataPath()));

        foreach (var function in metadata.RootElement.EnumerateArray())
        {
            var triggers = function.GetProperty("bindings").EnumerateArray().Count(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            Assert.True(triggers == 1, $"{function.GetProperty("name")} has {triggers} triggers");
        }
    }

    private static IEnumerable<(string Name, string EntryPoint)> Functions() =>
        from type in BuildUnderTest.FunctionsAssembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        select (function.Name, $"{type.FullName}.{method.Name}");

    /// <summary>The metadata beside the app as built in the configuration these tests were built in.</summary>
    private static string MetadataPath()
    {
        var configuration = typeof(FunctionMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var path = Repository.PathOf($"src/ReviewFunctions/bin/{configuration}/net10.0/functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: the Worker SDK did not run");
        return path;
    }
}
