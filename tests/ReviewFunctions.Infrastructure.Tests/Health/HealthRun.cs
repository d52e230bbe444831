using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewFunctions.Infrastructure.Health;

namespace ReviewFunctions.Infrastructure.Tests.Health;

/// <summary>Runs checks as the health route does and gives the answer's body as both hosts write it.</summary>
internal static class HealthRun
{
    public static async Task<(DependencyReport Report, string Body)> CheckAsync(params IDependencyCheck[] checks) =>
        await CheckAsync(HealthChecks.DefaultTimeout, checks);

    public static async Task<(DependencyReport Report, string Body)> CheckAsync(TimeSpan timeout, params IDependencyCheck[] checks)
    {
        var report = await new HealthChecks(checks, NullLogger<HealthChecks>.Instance) { Timeout = timeout }.CheckAsync(default);
        return (report, JsonSerializer.Serialize(new { status = report.Status, checks = report.Checks }));
    }

    public static DependencyStatus Status(this DependencyReport report, string name) => report.Checks[name];
}
