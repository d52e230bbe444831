using System.Security.Cryptography;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Local.Secrets;

/// <summary>
/// The local host's intake duplicate-key secret (<see cref="DuplicateKeySecret"/>): made on the first run, 32 random
/// bytes, and kept in the data folder, readable by its owner only on Unix, so a referral sent again after a restart
/// is still recognised as a repeat. Each data folder has its own; a secret given in the settings wins over it.
/// </summary>
public static class DuplicateKeySecretFile
{
    public const string FileName = "intake-duplicate-key.secret";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The settings, with the duplicate-key secret read from (or first made in) the data folder.</summary>
    public static Func<string, string?> Over(Func<string, string?> settings, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var secret = new Lazy<string>(() => ReadOrMake(Path.Combine(dataFolder, FileName)));
        return key => key is "Intake:DuplicateKeySecret" or DuplicateKeySecret.SettingName ? settings(key) ?? secret.Value : settings(key);
    }

    private static string ReadOrMake(string path)
    {
        if (!File.Exists(path))
        {
            Make(path);
        }

        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != OwnerOnly)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }

        return ReadWhole(path);
    }

    /// <summary>
    /// Created only if no file is there (an exclusive create, atomic on every platform), so of hosts starting at the same
    /// moment exactly one makes the secret and the others read it. A draft moved into place was not enough: where the
    /// file system cannot link, .NET's move without overwrite checks and then renames, and two hosts both got through.
    /// </summary>
    private static void Make(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(DuplicateKeySecret.MinimumBytes)));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host made it first: theirs is the secret.
        }
    }

    /// <summary>The secret once its maker has finished writing it: a host that lost the race may open it a moment early.</summary>
    private static string ReadWhole(string path)
    {
        var whole = Convert.ToBase64String(new byte[DuplicateKeySecret.MinimumBytes]).Length;
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length >= whole || attempt == 200)
            {
                return text;
            }

            Thread.Sleep(10);
        }
    }
}
