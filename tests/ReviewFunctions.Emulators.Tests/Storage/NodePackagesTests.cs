using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Emulators.Tests.Storage;

/// <summary>
/// Against real npm, on a package that pins nothing but counts its own installs in a postinstall script, so the
/// tests need no registry and see exactly how many times npm ci ran.
/// </summary>
public sealed class NodePackagesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("rf-npm-").FullName;

    public NodePackagesTests() => WritePackage(version: "1.0.0");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Many_callers_at_once_on_a_fresh_checkout_install_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => NodePackages.EnsureInstalledAsync(root, CancellationToken.None))));

        Assert.Equal("x", Runs());
    }

    [Fact]
    public async Task A_finished_install_is_not_repeated()
    {
        await NodePackages.EnsureInstalledAsync(root, CancellationToken.None);
        await NodePackages.EnsureInstalledAsync(root, CancellationToken.None);

        Assert.Equal("x", Runs());
    }

    [Fact]
    public async Task A_changed_lock_file_installs_again()
    {
        await NodePackages.EnsureInstalledAsync(root, CancellationToken.None);
        WritePackage(version: "1.0.1");

        await NodePackages.EnsureInstalledAsync(root, CancellationToken.None);

        Assert.Equal("xx", Runs());
    }

    [Fact]
    public async Task A_node_modules_left_by_an_interrupted_install_is_installed_again()
    {
        Directory.CreateDirectory(Path.Combine(root, "node_modules", ".bin"));
        await File.WriteAllTextAsync(Path.Combine(root, "node_modules", ".bin", "azurite"), "half written");

        await NodePackages.EnsureInstalledAsync(root, CancellationToken.None);

        Assert.Equal("x", Runs());
    }

    [Fact]
    public async Task A_lock_held_by_another_installer_is_waited_for()
    {
        var install = Task.CompletedTask;
        await using (new FileStream(Path.Combine(root, NodePackages.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            install = NodePackages.EnsureInstalledAsync(root, CancellationToken.None);
            await Task.Delay(600);
            Assert.False(install.IsCompleted);
            Assert.Equal("", Runs());
        }

        await install;
        Assert.Equal("x", Runs());
    }

    [Fact]
    public async Task A_missing_lock_file_is_named()
    {
        File.Delete(Path.Combine(root, "package-lock.json"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NodePackages.EnsureInstalledAsync(root, CancellationToken.None));

        Assert.Contains("package-lock.json is missing", error.Message);
    }

    [Fact]
    public async Task A_failed_npm_ci_is_reported_with_npms_words_and_leaves_no_marker()
    {
        await File.WriteAllTextAsync(Path.Combine(root, "package.json"), """{"name":"t","version":"1.0.0","private":true,"dependencies":{"left-pad":"1.3.0"}}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NodePackages.EnsureInstalledAsync(root, CancellationToken.None));

        Assert.StartsWith("npm ci failed", error.Message);
        Assert.Contains("package-lock.json", error.Message);
        Assert.False(File.Exists(Path.Combine(root, "node_modules", ".review-functions-installed")));
    }

    private string Runs()
    {
        var runs = Path.Combine(root, "runs.txt");
        return File.Exists(runs) ? File.ReadAllText(runs) : "";
    }

    private void WritePackage(string version)
    {
        File.WriteAllText(Path.Combine(root, "package.json"), $$$$"""
            {"name":"t","version":"{{{{version}}}}","private":true,
             "scripts":{"postinstall":"node -e \"require('fs').appendFileSync('runs.txt','x')\""}}
            """);
        File.WriteAllText(Path.Combine(root, "package-lock.json"), $$$$"""
            {"name":"t","version":"{{{{version}}}}","lockfileVersion":3,"requires":true,"packages":{"":{"name":"t","version":"{{{{version}}}}"}}}
            """);
    }
}
