using System.Text.Json;
using System.Text.RegularExpressions;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests;

/// <summary>host.json and the local settings template at the repository root.</summary>
public sealed partial class HostSettingsTests
{
    private static JsonDocument Read(string relativePath) =>
        JsonDocument.Parse(File.ReadAllText(Repository.PathOf(relativePath)));

    [Fact]
    public void Host_json_is_valid_json_in_the_version_2_schema()
    {
        using var host = Read("host.json");

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void The_durable_task_hub_is_ReviewFunctions_and_its_name_is_one_Azure_Storage_accepts()
    {
        using var host = Read("host.json");

        var hubName = host.RootElement.GetProperty("extensions").GetProperty("durableTask").GetProperty("hubName").GetString();

        Assert.Equal("ReviewFunctions", hubName);
        Assert.Matches(TaskHubName(), hubName);
    }

    [Fact]
    public void Extended_sessions_are_off()
    {
        using var host = Read("host.json");

        var durableTask = host.RootElement.GetProperty("extensions").GetProperty("durableTask");

        Assert.Equal(JsonValueKind.False, durableTask.GetProperty("extendedSessionsEnabled").ValueKind);
    }

    [Fact]
    public void Logs_carry_no_personal_data_from_functions_or_orchestration_inputs()
    {
        using var host = Read("host.json");

        var logLevel = host.RootElement.GetProperty("logging").GetProperty("logLevel");
        Assert.Equal("Information", logLevel.GetProperty("default").GetString());
        Assert.Contains(logLevel.GetProperty("Function").GetString(), new[] { "Warning", "Error", "Critical", "None" });
        var tracing = host.RootElement.GetProperty("extensions").GetProperty("durableTask").GetProperty("tracing");
        Assert.Equal(JsonValueKind.False, tracing.GetProperty("traceInputsAndOutputs").ValueKind);
    }

    [Fact]
    public void The_function_timeout_is_set_and_fits_every_hosting_plan()
    {
        using var host = Read("host.json");

        var timeout = TimeSpan.Parse(host.RootElement.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(timeout, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void Host_json_is_copied_next_to_the_app_unchanged()
    {
        var copied = Path.Combine(Path.GetDirectoryName(BuildUnderTest.FunctionsAssembly.Location)!, "host.json");

        Assert.True(File.Exists(copied), $"{copied} is missing");
        Assert.Equal(File.ReadAllText(Repository.PathOf("host.json")), File.ReadAllText(copied));
    }

    [Fact]
    public void The_local_settings_template_targets_Azurite_and_the_isolated_worker()
    {
        using var settings = Read("local.settings.example.json");

        var values = settings.RootElement.GetProperty("Values");
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
        Assert.Equal("dotnet-isolated", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex TaskHubName();
}
