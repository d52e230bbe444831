using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Infrastructure.Composition;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// A form's duplicate key is an HMAC under the Board's secret, so the intake register cannot be matched back to a
/// child by trying names and dates of birth; a host without a strong enough secret does not start.
/// </summary>
public sealed class DuplicateKeyTests
{
    private static readonly Referral Jayden = new(
        new Referrer("Priya Raman", "Westbridge Children's Services", "Priya.Raman@westbridge.example.gov.uk", null, null),
        new ReferredChild("Jayden Marsh", new DateOnly(2023, 6, 14), null, new DateOnly(2027, 2, 5), null, null, null, null, null),
        [],
        [],
        ["b"],
        null,
        [],
        null,
        null);

    private static DuplicateKeySecret Secret(int length, byte fill = 7) =>
        DuplicateKeySecret.FromSettings(key => key == "Intake:DuplicateKeySecret" ? Convert.ToBase64String(Enumerable.Repeat(fill, length).ToArray()) : null);

    [Fact]
    public void The_form_key_is_an_HMAC_SHA256_under_the_secret_not_a_bare_hash()
    {
        var text = "reviewfunctions-intake/form|jayden marsh|2023-06-14|2027-02-05|priya.raman@westbridge.example.gov.uk";
        var bare = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
        var keyed = Convert.ToHexStringLower(HMACSHA256.HashData(Enumerable.Repeat((byte)7, 32).ToArray(), Encoding.UTF8.GetBytes(text)))[..32];

        var key = IntakeKeys.Form(Jayden, Secret(32));

        Assert.Equal(keyed, key);
        Assert.NotEqual(bare, key);
    }

    [Fact]
    public void The_same_form_has_the_same_key_under_one_secret_and_another_under_a_different_one()
    {
        var written = Jayden with { Child = Jayden.Child with { Name = "  MARSH,  Jayden " }, Referrer = Jayden.Referrer with { Email = "priya.raman@westbridge.example.gov.uk" } };

        Assert.Equal(IntakeKeys.Form(Jayden, Secret(32)), IntakeKeys.Form(written, Secret(32)));
        Assert.NotEqual(IntakeKeys.Form(Jayden, Secret(32)), IntakeKeys.Form(Jayden, Secret(32, fill: 8)));
        Assert.NotEqual(IntakeKeys.Form(Jayden, Secret(32)), IntakeKeys.Form(Jayden with { Child = Jayden.Child with { DateOfBirth = new DateOnly(2023, 6, 15) } }, Secret(32)));
    }

    [Theory]
    [InlineData(null, "is needed")]
    [InlineData("", "is needed")]
    [InlineData("   ", "is needed")]
    [InlineData("not base64 at all!", "is not base64")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://vault.example/secrets/intake-duplicate-key/)", "Key Vault reference")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==", "is too short: it must be at least 32 random bytes in base64, and it is 31")]
    public void A_missing_or_weak_secret_is_refused_naming_the_setting_and_never_its_value(string? value, string problem)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DuplicateKeySecret.FromSettings(key => key == "Intake__DuplicateKeySecret" ? value : null));

        Assert.StartsWith("The setting Intake__DuplicateKeySecret ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(value))
        {
            Assert.DoesNotContain(value.Trim(), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_secret_of_32_bytes_or_more_is_taken_and_never_shown()
    {
        var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

        var secret = DuplicateKeySecret.FromSettings(key => key == "Intake__DuplicateKeySecret" ? value : null);

        Assert.DoesNotContain(value, secret.ToString(), StringComparison.Ordinal);
        Assert.Equal(IntakeKeys.Form(Jayden, secret), IntakeKeys.Form(Jayden, DuplicateKeySecret.FromSettings(_ => value)));
    }

    [Fact]
    public void Notices_and_intake_are_not_wired_without_the_secret_so_the_host_does_not_start()
    {
        var services = new ServiceCollection();
        var storage = StorageConnection.FromConnectionString("UseDevelopmentStorage=true");

        var error = Assert.Throws<InvalidOperationException>(() => services.AddNotices(_ => null, storage, _ => null!));

        Assert.Contains("Intake__DuplicateKeySecret", error.Message, StringComparison.Ordinal);
    }
}
