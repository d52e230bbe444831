using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Local.Secrets;

namespace ReviewFunctions.Local.Tests.Secrets;

/// <summary>The local host makes its duplicate-key secret once per data folder and keeps it there, for its owner only.</summary>
public sealed class DuplicateKeySecretFileTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "duplicate-key-" + Guid.NewGuid().ToString("N"));

    private static string? Read(Func<string, string?> settings) => settings(DuplicateKeySecret.SettingName);

    [Fact]
    public void The_first_run_makes_a_strong_secret_in_the_data_folder_readable_by_its_owner_only()
    {
        var secret = Read(DuplicateKeySecretFile.Over(_ => null, data));

        var file = Path.Combine(data, DuplicateKeySecretFile.FileName);
        Assert.Equal(secret, File.ReadAllText(file));
        Assert.True(Convert.FromBase64String(secret!).Length >= DuplicateKeySecret.MinimumBytes);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal(secret, DuplicateKeySecretFile.Over(_ => null, data)("Intake:DuplicateKeySecret"));
    }

    [Fact]
    public void A_restart_reads_the_same_secret_so_repeats_are_still_recognised()
    {
        var first = DuplicateKeySecret.FromSettings(DuplicateKeySecretFile.Over(_ => null, data));
        var afterRestart = DuplicateKeySecret.FromSettings(DuplicateKeySecretFile.Over(_ => null, data));
        var elsewhere = DuplicateKeySecret.FromSettings(DuplicateKeySecretFile.Over(_ => null, data + "-other"));
        var form = new Referral(new Referrer("Priya Raman", "Westbridge Children's Services", "priya.raman@westbridge.example.gov.uk", null, null), new ReferredChild("Jayden Marsh", new DateOnly(2023, 6, 14), null, new DateOnly(2027, 2, 5), null, null, null, null, null), [], [], ["b"], null, [], null, null);

        Assert.Equal(IntakeKeys.Form(form, first), IntakeKeys.Form(form, afterRestart));
        Assert.NotEqual(IntakeKeys.Form(form, first), IntakeKeys.Form(form, elsewhere));
        Directory.Delete(data + "-other", recursive: true);
    }

    [Fact]
    public void Hosts_starting_together_on_one_data_folder_share_one_secret()
    {
        var secrets = Enumerable.Range(0, 8).AsParallel().Select(_ => Read(DuplicateKeySecretFile.Over(_ => null, data))).ToList();

        Assert.Single(secrets.Distinct());
        Assert.Equal([DuplicateKeySecretFile.FileName], Directory.GetFiles(data).Select(Path.GetFileName));
    }

    [Fact]
    public void A_secret_given_in_the_settings_wins_and_nothing_else_is_touched()
    {
        var given = Convert.ToBase64String(new byte[32]);

        var settings = DuplicateKeySecretFile.Over(key => key == DuplicateKeySecret.SettingName ? given : key == "Board__Nation" ? "wales" : null, data);

        Assert.Equal(given, Read(settings));
        Assert.Equal("wales", settings("Board__Nation"));
        Assert.False(Directory.Exists(data));
    }

    public void Dispose()
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
