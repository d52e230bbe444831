using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Composition;
using ReviewFunctions.Infrastructure.Health;

namespace ReviewFunctions.Tests;

/// <summary>
/// The Functions app's composition: it refuses to start without what keeps the intake register unreadable, and it gives
/// the health route its checks.
/// </summary>
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

    [Fact]
    public async Task The_health_route_checks_storage_sendgrid_and_graph_and_says_which_sendgrid_setting_is_missing()
    {
        var services = new ServiceCollection().AddLogging().AddReviewFunctions(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [ServiceRegistration.StorageConnectionName] = "UseDevelopmentStorage=true",
                ["Intake:DuplicateKeySecret"] = Convert.ToBase64String(new byte[32]),
                ["Intake:Mailbox"] = "intake@example.gov.uk",
            })
            .Build());
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthChecks>().CheckAsync(default);

        Assert.Equal(["storage", "sendgrid", "graph"], report.Checks.Keys);
        Assert.Equal("api key not set", report.Checks["sendgrid"].Reason);
    }
}
