using System.Reflection;
using System.Text.Json;
using ReviewFunctions.Health;

namespace ReviewFunctions.Tests;

/// <summary>The health answer itself: plain code, the same in both Functions SDK modes.</summary>
public sealed class HealthReportTests
{
    private static readonly string FunctionsAppVersion = typeof(HealthFunction).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public void The_report_for_the_running_app_is_ok_names_the_service_and_gives_its_build_version()
    {
        var report = HealthReport.Current;

        Assert.Equal("ok", report.Status);
        Assert.Equal("ReviewFunctions", report.Service);
        Assert.Equal(FunctionsAppVersion, report.Version);
        Assert.False(string.IsNullOrWhiteSpace(report.Version));
    }

    [Fact]
    public void The_json_has_exactly_status_service_and_version_in_camel_case()
    {
        var json = new HealthReport("ok", "ReviewFunctions", "1.2.3+abc").ToJson();

        Assert.Equal("""{"status":"ok","service":"ReviewFunctions","version":"1.2.3+abc"}""", json);
    }

    [Fact]
    public void The_json_of_the_current_report_parses_back_to_the_same_values()
    {
        using var json = JsonDocument.Parse(HealthReport.Current.ToJson());

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["status", "service", "version"], names);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ReviewFunctions", json.RootElement.GetProperty("service").GetString());
        Assert.Equal(FunctionsAppVersion, json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void A_version_with_characters_json_must_escape_still_gives_valid_json()
    {
        using var json = JsonDocument.Parse(new HealthReport("ok", "ReviewFunctions", "1.0 \"beta\" \\ <x>").ToJson());

        Assert.Equal("1.0 \"beta\" \\ <x>", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void The_version_comes_from_the_informational_version_of_the_assembly_asked_about()
    {
        var assembly = typeof(HealthReportTests).Assembly;
        var expected = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal(expected, HealthReport.For(assembly).Version);
    }

    [Fact]
    public void The_content_type_is_utf8_json() =>
        Assert.Equal("application/json; charset=utf-8", HealthReport.ContentType);
}
