using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Composition;

namespace ReviewFunctions.Tests;

/// <summary>The Functions app's composition refuses to start without what keeps the intake register unreadable.</summary>
public sealed class ServiceRegistrationTests
{
    private static IConfiguration Settings(string? duplicateKeySecret) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ServiceRegistration.StorageConnectionName] = "UseDevelopmentStorage=true",
            ["Intake:DuplicateKeySecret"] = duplicateKeySecret,
        })
        .Build();

    [Theory]
    [InlineData(null)]
    [InlineData("c2hvcnQ=")]
    public void Without_a_strong_duplicate_key_secret_the_app_does_not_start_and_says_which_setting(string? secret)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddReviewFunctions(Settings(secret)));

        Assert.Contains("Intake__DuplicateKeySecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2hvcnQ=", error.Message, StringComparison.Ordinal);
    }
}
