using System.Text.Json;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests;

/// <summary>
/// How eng/FunctionsMode.props picks the Functions SDK mode, asked of MSBuild itself
/// (<c>dotnet msbuild -getProperty</c>: evaluation only, nothing is built or restored).
/// NUGET_PACKAGES points each run at a packages folder the test lays out.
/// </summary>
[Collection(SequentialDotnetCli.Name)]
public sealed class FunctionsModeSelectionTests : IDisposable
{
    private const string Project = "src/ReviewFunctions/ReviewFunctions.csproj";

    private static readonly Lazy<Dictionary<string, string>> RealPackages = new(ReadRealPackageVersions);

    private readonly DirectoryInfo _packages = Directory.CreateTempSubdirectory("rf-packages-");

    public void Dispose() => _packages.Delete(recursive: true);

    [Fact]
    public void With_no_real_Functions_packages_in_the_packages_folder_the_mode_is_offline()
    {
        Assert.Equal("offline", ModeWith(_packages.FullName));
    }

    [Fact]
    public void With_every_real_Functions_package_in_the_packages_folder_the_mode_is_real()
    {
        LayOut(RealPackages.Value.Keys);

        Assert.Equal("real", ModeWith(_packages.FullName));
    }

    [Fact]
    public void One_missing_real_package_is_enough_to_stay_offline()
    {
        LayOut(RealPackages.Value.Keys.Where(id => !id.EndsWith(".durabletask", StringComparison.Ordinal)));

        Assert.Equal("offline", ModeWith(_packages.FullName));
    }

    [Fact]
    public void A_half_extracted_package_folder_without_nuget_metadata_does_not_count()
    {
        foreach (var (id, version) in RealPackages.Value)
        {
            Directory.CreateDirectory(Path.Combine(_packages.FullName, id, version));
        }

        Assert.Equal("offline", ModeWith(_packages.FullName));
    }

    [Theory]
    [InlineData("real", false)]
    [InlineData("offline", true)]
    public void An_explicit_mode_wins_over_what_the_packages_folder_holds(string requested, bool realPackagesPresent)
    {
        if (realPackagesPresent)
        {
            LayOut(RealPackages.Value.Keys);
        }

        Assert.Equal(requested, ModeWith(_packages.FullName, $"-p:ReviewFunctionsSdkMode={requested}"));
    }

    [Fact]
    public void On_this_machine_the_automatic_choice_is_the_mode_the_tested_build_used()
    {
        if (BuildUnderTest.SdkModeChoice == "explicit")
        {
            // The tests were built with -p:ReviewFunctionsSdkMode, so the build says nothing about
            // the automatic choice; the facts above cover it.
            return;
        }

        var result = DotnetCli.Run(["msbuild", Project, "-getProperty:ReviewFunctionsSdkMode"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(BuildUnderTest.SdkMode, result.Output.Trim());
    }

    private string ModeWith(string packagesFolder, params string[] extraArguments)
    {
        var result = DotnetCli.Run(
            ["msbuild", Project, "-getProperty:ReviewFunctionsSdkMode", .. extraArguments],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = packagesFolder });
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Trim();
    }

    /// <summary>Lays out the given packages the way NuGet leaves a finished extraction.</summary>
    private void LayOut(IEnumerable<string> packageIds)
    {
        foreach (var id in packageIds)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_packages.FullName, id, RealPackages.Value[id]));
            File.WriteAllText(Path.Combine(folder.FullName, ".nupkg.metadata"), """{"version":2}""");
        }
    }

    /// <summary>Package folder name (lower-case id) to version, from Directory.Packages.props via MSBuild.</summary>
    private static Dictionary<string, string> ReadRealPackageVersions()
    {
        var properties = new Dictionary<string, string>
        {
            ["microsoft.azure.functions.worker"] = "FunctionsWorkerVersion",
            ["microsoft.azure.functions.worker.sdk"] = "FunctionsWorkerSdkVersion",
            ["microsoft.azure.functions.worker.extensions.http"] = "FunctionsHttpExtensionVersion",
            ["microsoft.azure.functions.worker.extensions.timer"] = "FunctionsTimerExtensionVersion",
            ["microsoft.azure.functions.worker.extensions.durabletask"] = "FunctionsDurableTaskExtensionVersion",
        };
        var result = DotnetCli.Run(["msbuild", Project, .. properties.Values.Select(p => $"-getProperty:{p}")]);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(result.Output);
        var values = json.RootElement.GetProperty("Properties");
        return properties.ToDictionary(p => p.Key, p =>
        {
            var version = values.GetProperty(p.Value).GetString();
            Assert.False(string.IsNullOrEmpty(version), $"{p.Value} is not set in Directory.Packages.props");
            return version!;
        });
    }
}
