using System.Reflection;
using System.Text.Json;
using ReviewFunctions.Health;
using ReviewFunctions.Infrastructure.Health;

namespace ReviewFunctions.Tests;

/// <summary>The health answer itself: plain code, the same in both Functions SDK modes.</summary>
public sealed class HealthReportTests
{
    private static readonly string FunctionsAppVersion = typeof(HealthFunction).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    private static DependencyReport Checks(params (string Name, DependencyStatus Status)[] checks) =>
        new(checks.ToDictionary(c => c.Name, c => c.Status));

    [Fact]
    public void The_report_for_the_running_app_names_the_service_and_gives_its_build_version()
    {
        var report = HealthReport.Of(Checks(("storage", DependencyStatus.Ok)));

        Assert.Equal("ok", report.Status);
        Assert.Equal("ReviewFunctions", report.Service);
        Assert.Equal(FunctionsAppVersion, report.Version);
        Assert.False(string.IsNullOrWhiteSpace(report.Version));
    }

    [Fact]
    public void The_status_is_failing_when_any_dependency_is()
    {
        var report = HealthReport.Of(Checks(("storage", DependencyStatus.Ok), ("graph", DependencyStatus.Failing(HealthReason.TokenNotIssued))));

        Assert.Equal("failing", report.Status);
    }

    [Fact]
    public void The_json_has_exactly_status_service_version_and_checks_in_camel_case()
    {
        var checks = new Dictionary<string, DependencyStatus>
        {
            ["storage"] = DependencyStatus.Ok,
            ["graph"] = DependencyStatus.Failing(HealthReason.TokenNotIssued),
        };

        var json = new HealthReport("failing", "ReviewFunctions", "1.2.3+abc", checks).ToJson();

        Assert.Equal(
            """{"status":"failing","service":"ReviewFunctions","version":"1.2.3+abc","checks":{"storage":{"status":"ok"},"graph":{"status":"failing","reason":"token not issued"}}}""",
            json);
    }

    [Fact]
    public void The_json_of_the_running_apps_report_parses_back_to_the_same_values()
    {
        using var json = JsonDocument.Parse(HealthReport.Of(Checks(("storage", DependencyStatus.Ok))).ToJson());

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["status", "service", "version", "checks"], names);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ReviewFunctions", json.RootElement.GetProperty("service").GetString());
        Assert.Equal(FunctionsAppVersion, json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void A_version_with_characters_json_must_escape_still_gives_valid_json()
    {
        using var json = JsonDocument.Parse(new HealthReport("ok", "ReviewFunctions", "1.0 \"beta\" \\ <x>", new Dictionary<string, DependencyStatus>()).ToJson());

        Assert.Equal("1.0 \"beta\" \\ <x>", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void The_version_comes_from_the_informational_version_of_the_assembly_asked_about()
    {
        var assembly = typeof(HealthReportTests).Assembly;
        var expected = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(expected, HealthReport.VersionOf(assembly));
    }

    [Fact]
    public void The_content_type_is_utf8_json() =>
        Assert.Equal("application/json; charset=utf-8", HealthReport.ContentType);
}
