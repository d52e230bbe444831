using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests.Infrastructure;

/// <summary>
/// The Bicep compiler, pinned. Microsoft publishes the Bicep CLI as a NuGet package per platform
/// (Azure.Bicep.CommandLine.&lt;rid&gt;), so it comes from the same package source as everything else the tests use:
/// the first run downloads it into the NuGet cache with a throwaway <c>dotnet restore</c>, later runs find it there.
/// A pinned version keeps the linter's rules and the snapshot's evaluation the same on every machine. Set
/// <c>BICEP_CLI</c> to the path of another bicep executable to use that instead.
/// </summary>
internal static class BicepCli
{
    public const string Version = "0.49.2";

    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    private static readonly Lazy<Task<string>> Executable = new(FindOrRestoreAsync);

    public static Task<string> PathAsync() => Executable.Value;

    /// <summary>Runs the CLI and returns what it wrote; a non-zero exit fails with everything it said.</summary>
    public static async Task<(string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await RunProcessAsync(await PathAsync(), arguments, workingDirectory, RunTimeout);
        return exitCode == 0
            ? (stdout, stderr)
            : throw new InvalidOperationException($"bicep {string.Join(' ', arguments)} failed ({exitCode}):\n{stdout}\n{stderr}");
    }

    private static async Task<string> FindOrRestoreAsync()
    {
        var configured = Environment.GetEnvironmentVariable("BICEP_CLI");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"BICEP_CLI names {configured}, which does not exist.");
        }

        var packageId = $"Azure.Bicep.CommandLine.{RuntimeIdentifier()}";
        var project = Directory.CreateTempSubdirectory("reviewfunctions-bicep-cli-");
        try
        {
            // PackageDownload fetches the package without referencing it, which is all a tool package needs; outside
            // the repository, so the repository's central package versions and build settings do not apply to it.
            await File.WriteAllTextAsync(Path.Combine(project.FullName, "bicep-cli.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageDownload Include="{packageId}" Version="[{Version}]" />
                  </ItemGroup>
                </Project>
                """);
            var (exitCode, stdout, stderr) = await RunProcessAsync(
                DotnetHost(),
                ["restore", Path.Combine(project.FullName, "bicep-cli.csproj"), "--configfile", Repository.PathOf("nuget.config")],
                project.FullName,
                RestoreTimeout);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"Restoring {packageId} {Version} (the Bicep CLI) failed ({exitCode}):\n{stdout}\n{stderr}");
            }

            var executable = Path.Combine(
                PackagesFolder(Path.Combine(project.FullName, "obj", "project.assets.json")),
                packageId.ToLowerInvariant(),
                Version,
                "tools",
                OperatingSystem.IsWindows() ? "bicep.exe" : "bicep");
            if (!File.Exists(executable))
            {
                throw new InvalidOperationException($"{packageId} {Version} was restored but has no {executable}.");
            }

            if (!OperatingSystem.IsWindows())
            {
                // NuGet does not keep Unix file modes, so whoever extracted the package decides whether it can run.
                File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            return executable;
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    private static string RuntimeIdentifier()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var architecture = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            var other => throw new PlatformNotSupportedException($"The Bicep CLI is published for x64 and arm64, not {other}."),
        };
        return $"{os}-{architecture}";
    }

    /// <summary>The global packages folder restore used (NUGET_PACKAGES, or ~/.nuget/packages), as it recorded it.</summary>
    private static string PackagesFolder(string assetsFile)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        return assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
    }

    /// <summary>The dotnet that runs these tests (the SDK exports its path), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // dotnet test exports MSBuild's own locations to the test host; a nested restore must find its SDK itself.
        foreach (var inherited in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            info.Environment.Remove(inherited);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
