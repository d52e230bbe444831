using ReviewFunctions.Infrastructure.Orchestrations;
using static ReviewFunctions.Infrastructure.Tests.Orchestrations.InstanceApiAnswers;

namespace ReviewFunctions.Infrastructure.Tests.Orchestrations;

/// <summary>Terminate, raise an event, rewind and purge: what reaches the engine and what is refused, with which code.</summary>
public sealed class InstanceOperationTests
{
    private const string Id = "CR-2027-0001";
    private const string Json = "application/json";

    private readonly RecordingOrchestrations engine = new();
    private readonly InstanceManagementApi api;

    public InstanceOperationTests() => api = new InstanceManagementApi(engine);

    public static TheoryData<ReviewRuntimeStatus> Finished => [ReviewRuntimeStatus.Completed, ReviewRuntimeStatus.Failed, ReviewRuntimeStatus.Terminated, ReviewRuntimeStatus.Canceled];

    public static TheoryData<ReviewRuntimeStatus> InProgress => [ReviewRuntimeStatus.Pending, ReviewRuntimeStatus.Running, ReviewRuntimeStatus.ContinuedAsNew, ReviewRuntimeStatus.Suspended];

    [Theory]
    [MemberData(nameof(InProgress))]
    public async Task Terminating_an_orchestration_in_progress_is_accepted_with_its_reason(ReviewRuntimeStatus status)
    {
        engine.Add(Id, status);

        var response = await api.TerminateAsync(Id, "opened in error", default);

        Assert.Equal((202, ""), (response.Status, response.Body));
        Assert.Equal([$"terminate {Id}: opened in error"], engine.Changes);
    }

    [Fact]
    public async Task The_reason_for_terminating_is_optional()
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        Assert.Equal(202, (await api.TerminateAsync(Id, null, default)).Status);
        Assert.Equal([$"terminate {Id}: "], engine.Changes);
    }

    [Theory]
    [MemberData(nameof(Finished))]
    public async Task A_finished_orchestration_cannot_be_terminated(ReviewRuntimeStatus status)
    {
        engine.Add(Id, status);

        var response = await api.TerminateAsync(Id, "again", default);

        Assert.Equal(410, response.Status);
        Assert.Equal($"The orchestration {Id} is {status}; it no longer takes terminations or events.", Detail(response));
        Assert.Empty(engine.Changes);
    }

    [Fact]
    public async Task Terminating_what_does_not_exist_is_404()
    {
        Assert.Equal(404, (await api.TerminateAsync(Id, null, default)).Status);
        Assert.Empty(engine.Changes);
    }

    [Fact]
    public async Task A_reason_longer_than_the_limit_is_refused()
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        Assert.Equal(202, (await api.TerminateAsync(Id, new string('r', InstanceManagementApi.MaxReasonLength), default)).Status);
        var response = await api.TerminateAsync(Id, new string('r', InstanceManagementApi.MaxReasonLength + 1), default);

        Assert.Equal((400, "the-reason-is-too-long"), (response.Status, ProblemType(response)));
        Assert.Single(engine.Changes);
    }

    [Fact]
    public async Task Terminating_with_a_bad_id_is_refused_before_the_engine_is_read()
    {
        Assert.Equal(400, (await api.TerminateAsync("CR/2027", null, default)).Status);
        Assert.Equal(0, engine.Reads);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    public async Task An_event_with_a_json_payload_reaches_the_orchestration_as_sent(string contentType)
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        var response = await api.RaiseEventAsync(Id, "review-changed", contentType, "\"CR-2027-0001\"", default);

        Assert.Equal((202, ""), (response.Status, response.Body));
        Assert.Equal([$"raise {Id}: review-changed \"CR-2027-0001\""], engine.Changes);
    }

    [Fact]
    public async Task A_suspended_orchestration_still_takes_events()
    {
        engine.Add(Id, ReviewRuntimeStatus.Suspended);

        Assert.Equal(202, (await api.RaiseEventAsync(Id, "review-changed", Json, "{}", default)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task An_event_not_sent_as_json_is_refused(string? contentType)
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        var response = await api.RaiseEventAsync(Id, "review-changed", contentType, "{}", default);

        Assert.Equal((400, "the-event-payload-must-be-json"), (response.Status, ProblemType(response)));
        Assert.Empty(engine.Changes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("CR-2027-0001")]
    [InlineData("{} {}")]
    public async Task A_body_that_is_not_one_json_value_is_refused(string body)
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        var response = await api.RaiseEventAsync(Id, "review-changed", Json, body, default);

        Assert.Equal((400, "the-event-payload-is-not-json"), (response.Status, ProblemType(response)));
        Assert.Empty(engine.Changes);
    }

    [Fact]
    public async Task A_payload_over_the_limit_is_refused_unread()
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        var response = await api.RaiseEventAsync(Id, "review-changed", Json, $"\"{new string('x', InstanceManagementApi.MaxEventBytes)}\"", default);

        Assert.Equal(413, response.Status);
        Assert.Empty(engine.Changes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("review changed")]
    [InlineData("-changed")]
    [InlineData("changed\n")]
    public async Task An_event_name_that_is_not_a_plain_name_is_refused(string eventName)
    {
        engine.Add(Id, ReviewRuntimeStatus.Running);

        var response = await api.RaiseEventAsync(Id, eventName, Json, "{}", default);

        Assert.Equal((400, "the-event-name-is-not-valid"), (response.Status, ProblemType(response)));
        Assert.Equal(0, engine.Reads);
    }

    [Fact]
    public async Task An_event_for_an_orchestration_that_does_not_exist_is_404()
    {
        Assert.Equal(404, (await api.RaiseEventAsync(Id, "review-changed", Json, "{}", default)).Status);
        Assert.Empty(engine.Changes);
    }

    [Theory]
    [MemberData(nameof(Finished))]
    public async Task A_finished_orchestration_takes_no_events(ReviewRuntimeStatus status)
    {
        engine.Add(Id, status);

        Assert.Equal(410, (await api.RaiseEventAsync(Id, "review-changed", Json, "{}", default)).Status);
        Assert.Empty(engine.Changes);
    }

    [Fact]
    public async Task A_failed_orchestration_is_rewound_with_its_reason()
    {
        engine.Add(Id, ReviewRuntimeStatus.Failed, failure: new("System.Exception", "boom"));

        var response = await api.RewindAsync(Id, "Graph is back", default);

        Assert.Equal((202, ""), (response.Status, response.Body));
        Assert.Equal([$"rewind {Id}: Graph is back"], engine.Changes);
    }

    [Theory]
    [InlineData(ReviewRuntimeStatus.Running)]
    [InlineData(ReviewRuntimeStatus.Pending)]
    [InlineData(ReviewRuntimeStatus.Completed)]
    [InlineData(ReviewRuntimeStatus.Terminated)]
    [InlineData(ReviewRuntimeStatus.Suspended)]
    public async Task Only_a_failed_orchestration_can_be_rewound(ReviewRuntimeStatus status)
    {
        engine.Add(Id, status);

        var response = await api.RewindAsync(Id, null, default);

        Assert.Equal((412, "only-failed-orchestrations-can-be-rewound"), (response.Status, ProblemType(response)));
        Assert.Empty(engine.Changes);
    }

    [Fact]
    public async Task Rewinding_what_does_not_exist_is_404()
    {
        Assert.Equal(404, (await api.RewindAsync(Id, null, default)).Status);
    }

    [Fact]
    public async Task When_the_engine_cannot_rewind_the_answer_is_501_with_its_reason()
    {
        var engine = new RecordingOrchestrations { RewindFailure = new NotSupportedException("this client has no rewind") };
        engine.Add(Id, ReviewRuntimeStatus.Failed);

        var response = await new InstanceManagementApi(engine).RewindAsync(Id, null, default);

        Assert.Equal(501, response.Status);
        Assert.Equal($"The Durable Task engine behind this host cannot rewind orchestrations (this client has no rewind); {Id} is still Failed.", Detail(response));
    }

    [Fact]
    public async Task When_the_store_cannot_rewind_and_says_nothing_the_answer_still_says_what_happened()
    {
        var engine = new RecordingOrchestrations { RewindFailure = new NotSupportedException(string.Empty) };
        engine.Add(Id, ReviewRuntimeStatus.Failed);

        var response = await new InstanceManagementApi(engine).RewindAsync(Id, null, default);

        Assert.Equal((501, "rewind-is-not-available-here"), (response.Status, ProblemType(response)));
        Assert.Equal($"The Durable Task engine behind this host cannot rewind orchestrations; {Id} is still Failed.", Detail(response));
    }

    [Theory]
    [MemberData(nameof(Finished))]
    public async Task A_finished_orchestration_is_purged_and_then_is_gone(ReviewRuntimeStatus status)
    {
        engine.Add(Id, status);

        var response = await api.PurgeAsync(Id, default);

        Assert.Equal((200, """{"instancesDeleted":1}"""), (response.Status, response.Body));
        Assert.Equal([$"purge {Id}"], engine.Changes);
        Assert.Equal(404, (await api.GetAsync(Id, null, default)).Status);
        Assert.Equal(404, (await api.PurgeAsync(Id, default)).Status);
    }

    [Theory]
    [MemberData(nameof(InProgress))]
    public async Task An_orchestration_in_progress_is_not_purged(ReviewRuntimeStatus status)
    {
        engine.Add(Id, status);

        var response = await api.PurgeAsync(Id, default);

        Assert.Equal((412, "only-finished-orchestrations-can-be-purged"), (response.Status, ProblemType(response)));
        Assert.Empty(engine.Changes);
    }

    [Fact]
    public async Task Purging_with_a_bad_id_is_refused_before_the_engine_is_read()
    {
        Assert.Equal(400, (await api.PurgeAsync("*", default)).Status);
        Assert.Equal(0, engine.Reads);
    }
}
