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

        return File.ReadAllText(path).Trim();
    }

    /// <summary>Written whole beside the file and then moved into place, so a second host starting at the same moment reads one secret, never half of one.</summary>
    private static void Make(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var draft = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var writer = new StreamWriter(draft, System.Text.Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(DuplicateKeySecret.MinimumBytes)));
        }

        try
        {
            File.Move(draft, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host made it first: theirs is the secret.
            File.Delete(draft);
        }
    }
}
