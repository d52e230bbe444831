using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Reviews;
using static ReviewFunctions.Infrastructure.Tests.Orchestrations.InstanceApiAnswers;

namespace ReviewFunctions.Infrastructure.Tests.Orchestrations;

/// <summary><c>GET /runtime/webhooks/durabletask/instances?runtimeStatus=…</c>.</summary>
public sealed class InstanceListTests
{
    private readonly RecordingOrchestrations engine = new();
    private readonly InstanceManagementApi api;

    public InstanceListTests()
    {
        api = new InstanceManagementApi(engine);
        engine.Add("CR-2027-0001", ReviewRuntimeStatus.Running);
        engine.Add("CR-2027-0002", ReviewRuntimeStatus.Failed, failure: new("System.InvalidOperationException", "decider unavailable"));
        engine.Add("CR-2027-0003", ReviewRuntimeStatus.Completed, "null");
    }

    [Fact]
    public async Task Without_a_filter_every_instance_is_listed_as_a_json_array()
    {
        var response = await api.ListAsync([], default);

        Assert.Equal((200, "application/json; charset=utf-8"), (response.Status, response.ContentType));
        Assert.Equal(["CR-2027-0001", "CR-2027-0002", "CR-2027-0003"], Ids(response));
        Assert.Null(Assert.Single(engine.Filters));
    }

    [Fact]
    public async Task Comma_separated_statuses_filter_the_list()
    {
        var response = await api.ListAsync(["Running,Failed"], default);

        Assert.Equal(200, response.Status);
        Assert.Equal(["CR-2027-0001", "CR-2027-0002"], Ids(response));
        Assert.Equal([ReviewRuntimeStatus.Running, ReviewRuntimeStatus.Failed], Assert.Single(engine.Filters));
    }

    [Fact]
    public async Task A_repeated_parameter_filters_like_a_comma_separated_one_and_spaces_and_repeats_do_not_matter()
    {
        var response = await api.ListAsync(["Completed", " Failed , Completed"], default);

        Assert.Equal(["CR-2027-0002", "CR-2027-0003"], Ids(response));
        Assert.Equal([ReviewRuntimeStatus.Completed, ReviewRuntimeStatus.Failed], Assert.Single(engine.Filters));
    }

    [Fact]
    public async Task An_empty_parameter_is_no_filter_as_in_Durable_Functions()
    {
        var response = await api.ListAsync(["", null], default);

        Assert.Equal(3, Ids(response).Count);
        Assert.Null(Assert.Single(engine.Filters));
    }

    [Fact]
    public async Task Every_status_Durable_Functions_names_is_accepted()
    {
        var response = await api.ListAsync(["Pending,Running,Completed,ContinuedAsNew,Failed,Canceled,Terminated,Suspended"], default);

        Assert.Equal(200, response.Status);
        Assert.Equal(8, Assert.Single(engine.Filters)!.Count);
    }

    [Theory]
    [InlineData("Runing")]
    [InlineData("running")]
    [InlineData("1")]
    [InlineData("Running,Done")]
    public async Task A_name_that_is_not_exactly_a_status_is_refused_before_the_engine_is_read(string value)
    {
        var response = await api.ListAsync([value], default);

        Assert.Equal(400, response.Status);
        Assert.Equal("unknown-runtime-status", ProblemType(response));
        Assert.Contains($"'{value.Split(',')[^1]}' is not a runtime status", Detail(response), StringComparison.Ordinal);
        Assert.Contains("Pending, Running, Completed, ContinuedAsNew, Failed, Canceled, Terminated, Suspended", Detail(response), StringComparison.Ordinal);
        Assert.Equal(0, engine.Reads);
    }

    [Fact]
    public async Task A_long_unknown_name_is_not_echoed_whole()
    {
        var response = await api.ListAsync([new string('x', 500)], default);

        Assert.Equal(400, response.Status);
        Assert.DoesNotContain(new string('x', 41), Detail(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_listed_instance_has_the_same_fields_as_its_status()
    {
        var listed = Json(await api.ListAsync(["Failed"], default))[0];
        var single = Json(await api.GetAsync("CR-2027-0002", null, default));

        Assert.Equal(single.GetRawText(), listed.GetRawText());
    }

    private static List<string> Ids(ApiResponse response) =>
        [.. Json(response).EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!)];
}
