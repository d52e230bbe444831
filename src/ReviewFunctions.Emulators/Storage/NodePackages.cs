using System.Diagnostics;
using System.Security.Cryptography;

namespace ReviewFunctions.Emulators.Storage;

/// <summary>
/// The repository's pinned npm packages (Azurite, axe-core), installed once with <c>npm ci</c> however many test
/// processes and fixtures ask at the same moment. <c>dotnet test</c> runs test assemblies in parallel, and two
/// <c>npm ci</c> runs in one folder delete each other's files, so installing happens under an exclusive lock file
/// and is proven finished by a marker that names the lock file it installed.
/// </summary>
public static class NodePackages
{
    public const string LockFileName = ".npm-install.lock";

    private const string MarkerName = ".review-functions-installed";

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Installs the packages package-lock.json pins unless an earlier finished install already did.</summary>
    public static async Task EnsureInstalledAsync(string root, CancellationToken cancellationToken)
    {
        var wanted = await LockHashAsync(root, cancellationToken);
        if (await IsInstalledAsync(root, wanted, cancellationToken))
        {
            return;
        }

        await using var held = await TakeLockAsync(root, cancellationToken);

        // Whoever held the lock before us may have finished the same install.
        if (await IsInstalledAsync(root, wanted, cancellationToken))
        {
            return;
        }

        await NpmCiAsync(root, cancellationToken);

        // npm ci makes no node_modules when nothing is pinned.
        Directory.CreateDirectory(Path.Combine(root, "node_modules"));
        await File.WriteAllTextAsync(MarkerPath(root), wanted, cancellationToken);
    }

    private static string MarkerPath(string root) => Path.Combine(root, "node_modules", MarkerName);

    private static async Task<bool> IsInstalledAsync(string root, string wanted, CancellationToken cancellationToken)
    {
        var marker = MarkerPath(root);
        return File.Exists(marker) && (await File.ReadAllTextAsync(marker, cancellationToken)).Trim() == wanted;
    }

    private static async Task<string> LockHashAsync(string root, CancellationToken cancellationToken)
    {
        var lockFile = Path.Combine(root, "package-lock.json");
        if (!File.Exists(lockFile))
        {
            throw new InvalidOperationException($"{lockFile} is missing: npm ci installs exactly what it pins, so it must be committed.");
        }

        return Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(lockFile, cancellationToken)));
    }

    /// <summary>
    /// FileShare.None is an flock on Unix: it is released when the holder exits, even if killed, so a stale lock file
    /// never blocks a later run, and it excludes a second open in the same process as well as in another.
    /// </summary>
    private static async Task<FileStream> TakeLockAsync(string root, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, LockFileName);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private static async Task NpmCiAsync(string root, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = Process.Start(info) ?? throw new InvalidOperationException("Could not start npm; install Node.js (with npm) to run Azurite and the accessibility checks.");
        var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InstallTimeout);
        await npm.WaitForExitAsync(timeout.Token);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed ({npm.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
