using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests;

/// <summary>An offline build compiles against declarations that throw: it must never be published.</summary>
[Collection(SequentialDotnetCli.Name)]
public sealed class OfflinePublishTests : IDisposable
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("rf-publish-");

    public void Dispose() => _output.Delete(recursive: true);

    [Fact]
    public void Dotnet_publish_of_the_functions_app_in_offline_mode_fails_and_says_why_and_what_to_do()
    {
        var result = DotnetCli.Run(
        [
            "publish", "src/ReviewFunctions/ReviewFunctions.csproj",
            "-p:ReviewFunctionsSdkMode=offline", "--no-restore", "-nodeReuse:false",
            "-o", _output.FullName,
        ]);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("error RFSDK002", result.Output, StringComparison.Ordinal);
        Assert.Contains("ReviewFunctions cannot be published from an OFFLINE build", result.Output, StringComparison.Ordinal);
        Assert.Contains("-p:ReviewFunctionsSdkMode=real", result.Output, StringComparison.Ordinal);
        Assert.Contains("Functions SDK mode = OFFLINE", result.Output, StringComparison.Ordinal);
        Assert.Empty(_output.EnumerateFileSystemInfos());
    }
}
