using System.Text.Json;
using ReviewFunctions.Infrastructure.Orchestrations;
using static ReviewFunctions.Infrastructure.Tests.Orchestrations.InstanceApiAnswers;

namespace ReviewFunctions.Infrastructure.Tests.Orchestrations;

/// <summary><c>GET /runtime/webhooks/durabletask/instances/{instanceId}</c>: the status codes and the instance's fields.</summary>
public sealed class InstanceStatusTests
{
    private const string Id = "CR-2027-0001";

    private readonly RecordingOrchestrations engine = new();
    private readonly InstanceManagementApi api;

    public InstanceStatusTests() => api = new InstanceManagementApi(engine);

    [Theory]
    [InlineData(ReviewRuntimeStatus.Pending, 202)]
    [InlineData(ReviewRuntimeStatus.Running, 202)]
    [InlineData(ReviewRuntimeStatus.ContinuedAsNew, 202)]
    [InlineData(ReviewRuntimeStatus.Suspended, 202)]
    [InlineData(ReviewRuntimeStatus.Completed, 200)]
    [InlineData(ReviewRuntimeStatus.Failed, 200)]
    [InlineData(ReviewRuntimeStatus.Terminated, 200)]
    [InlineData(ReviewRuntimeStatus.Canceled, 200)]
    public async Task The_status_code_says_whether_the_orchestration_is_still_in_progress(ReviewRuntimeStatus status, int code)
    {
        engine.Add(Id, status);

        var response = await api.GetAsync(Id, null, default);

        Assert.Equal((code, "application/json; charset=utf-8"), (response.Status, response.ContentType));
        Assert.Equal(status.ToString(), Json(response).GetProperty("runtimeStatus").GetString());
    }

    [Theory]
    [InlineData(ReviewRuntimeStatus.Failed, "true", 500)]
    [InlineData(ReviewRuntimeStatus.Failed, "True", 500)]
    [InlineData(ReviewRuntimeStatus.Failed, "false", 200)]
    [InlineData(ReviewRuntimeStatus.Completed, "true", 200)]
    [InlineData(ReviewRuntimeStatus.Terminated, "true", 200)]
    [InlineData(ReviewRuntimeStatus.Running, "true", 202)]
    public async Task Only_a_failed_orchestration_answers_500_and_only_when_asked_to(ReviewRuntimeStatus status, string flag, int code)
    {
        engine.Add(Id, status, failure: status == ReviewRuntimeStatus.Failed ? new("System.Exception", "boom") : null);

        var response = await api.GetAsync(Id, flag, default);

        Assert.Equal(code, response.Status);
        Assert.Equal(Id, Json(response).GetProperty("instanceId").GetString());
    }

    [Fact]
    public async Task A_flag_that_is_not_true_or_false_is_refused()
    {
        engine.Add(Id, ReviewRuntimeStatus.Failed);

        var response = await api.GetAsync(Id, "yes", default);

        Assert.Equal(400, response.Status);
        Assert.Equal("'returnInternalServerErrorOnFailure' must be true or false.", Detail(response));
    }

    [Fact]
    public async Task An_instance_that_does_not_exist_is_404()
    {
        var response = await api.GetAsync("CR-2027-0404", null, default);

        Assert.Equal(404, response.Status);
        Assert.Equal("no-such-orchestration", ProblemType(response));
        Assert.Equal("CR-2027-0404", Json(response).GetProperty("reference").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("CR 2027")]
    [InlineData("-CR-2027")]
    [InlineData("../CR-2027")]
    [InlineData("CR-2027-0001\n")]
    [InlineData("CR_2027")]
    public async Task An_id_that_cannot_be_a_review_reference_is_refused_before_the_engine_is_read(string instanceId)
    {
        var response = await api.GetAsync(instanceId, null, default);

        Assert.Equal(400, response.Status);
        Assert.Equal("the-instance-id-is-not-valid", ProblemType(response));
        Assert.Equal(0, engine.Reads);
    }

    [Fact]
    public async Task An_id_of_64_characters_is_allowed_and_of_65_refused()
    {
        Assert.Equal(404, (await api.GetAsync("C" + new string('1', 63), null, default)).Status);
        Assert.Equal(400, (await api.GetAsync("C" + new string('1', 64), null, default)).Status);
    }

    [Fact]
    public async Task The_fields_are_Durable_Functions_own_in_its_order_with_nulls_written_out()
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        var instance = Json(await api.GetAsync(Id, null, default));

        Assert.Equal(
            ["name", "instanceId", "runtimeStatus", "input", "customStatus", "output", "createdTime", "lastUpdatedTime"],
            instance.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ReviewOrchestrator", instance.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, instance.GetProperty("output").ValueKind);
    }

    [Fact]
    public async Task The_custom_status_and_input_are_embedded_as_json_not_as_strings()
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        var instance = Json(await api.GetAsync(Id, null, default));

        var summary = instance.GetProperty("customStatus");
        Assert.Equal(JsonValueKind.Object, summary.ValueKind);
        Assert.Equal(("referral", "agency-request", 0), (summary.GetProperty("stage").GetString(), summary.GetProperty("nextDueStep").GetString(), summary.GetProperty("overdueCount").GetInt32()));
        Assert.Equal(Id, instance.GetProperty("input").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Times_are_utc_to_the_second_in_iso_8601()
    {
        var local = new DateTimeOffset(2027, 2, 8, 11, 0, 0, 987, TimeSpan.FromHours(1));
        engine.Put(engine.Add(Id, ReviewRuntimeStatus.Running) with { CreatedTime = local, LastUpdatedTime = local.AddSeconds(90.5) });

        var instance = Json(await api.GetAsync(Id, null, default));

        Assert.Equal("2027-02-08T10:00:00Z", instance.GetProperty("createdTime").GetString());
        Assert.Equal("2027-02-08T10:01:31Z", instance.GetProperty("lastUpdatedTime").GetString());
    }

    [Fact]
    public async Task A_failed_orchestrations_output_is_what_the_engine_stored_for_it()
    {
        engine.Add(Id, ReviewRuntimeStatus.Failed, "Task 'DecideReview' (#10) failed with an unhandled exception: index down", new("Microsoft.DurableTask.TaskFailedException", "Task 'DecideReview' (#10) failed with an unhandled exception: index down"));

        var output = Json(await api.GetAsync(Id, null, default)).GetProperty("output");

        Assert.Equal("Task 'DecideReview' (#10) failed with an unhandled exception: index down", output.GetString());
    }

    [Fact]
    public async Task A_failed_orchestration_with_no_stored_output_shows_its_failure_there()
    {
        engine.Add(Id, ReviewRuntimeStatus.Failed, failure: new("Microsoft.DurableTask.TaskFailedException", "Task 'Decide' failed."));

        var output = Json(await api.GetAsync(Id, null, default)).GetProperty("output");

        Assert.Equal("Microsoft.DurableTask.TaskFailedException: Task 'Decide' failed.", output.GetString());
    }

    [Fact]
    public async Task A_failure_is_not_invented_for_an_orchestration_that_did_not_fail()
    {
        engine.Add(Id, ReviewRuntimeStatus.Running, failure: new("System.Exception", "stale"));

        Assert.Equal(JsonValueKind.Null, Json(await api.GetAsync(Id, null, default)).GetProperty("output").ValueKind);
    }

    [Theory]
    [InlineData("\"stuck after a Graph outage\"", "stuck after a Graph outage")]
    [InlineData("stuck after a Graph outage", "stuck after a Graph outage")]
    [InlineData("  ", "")]
    public async Task A_terminated_orchestrations_reason_is_shown_as_a_string_whether_or_not_it_was_stored_as_json(string stored, string shown)
    {
        engine.Add(Id, ReviewRuntimeStatus.Terminated, stored);

        var output = Json(await api.GetAsync(Id, null, default)).GetProperty("output");

        Assert.Equal((JsonValueKind.String, shown), (output.ValueKind, output.GetString()));
    }

    [Fact]
    public async Task A_completed_orchestrations_json_output_is_embedded()
    {
        engine.Add(Id, ReviewRuntimeStatus.Completed, """{"finished":true}""");

        var output = Json(await api.GetAsync(Id, null, default)).GetProperty("output");

        Assert.True(output.GetProperty("finished").GetBoolean());
    }
}
