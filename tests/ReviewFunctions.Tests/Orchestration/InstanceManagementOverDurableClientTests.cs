using System.Text.Json;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Orchestrations;
using static ReviewFunctions.Tests.Orchestration.ScriptedReview;

namespace ReviewFunctions.Tests.Orchestration;

/// <summary>
/// The Durable Functions instance-management API shape over the Durable client and the real engine (in memory): the
/// answers a script gets, end to end, from a running review to a purged one.
/// </summary>
public sealed class InstanceManagementOverDurableClientTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_review_is_read_terminated_and_purged_with_Durable_Functions_answers()
    {
        var review = new ScriptedReview { Decide = (request, _) => WakeAt(request.Now.AddHours(1)) };
        await using var engine = await ReviewEngine.StartAsync(review);
        var api = new InstanceManagementApi(new DurableClientReviewOrchestrations(engine.Client));
        await engine.StartReviewAsync();
        await review.WaitUntilAsync(r => r.Decisions.Count == 1, Limit);

        var running = await SummarisedAsync(api);
        Assert.Equal(202, running.Status);
        var instance = Json(running.Body);
        Assert.Equal("Running", instance.GetProperty("runtimeStatus").GetString());
        Assert.Equal(JsonValueKind.Object, instance.GetProperty("customStatus").ValueKind);
        Assert.Equal(Summary(), instance.GetProperty("customStatus").Deserialize<ReviewSummary>(JsonSerializerOptions.Web));
        Assert.Equal(412, (await api.PurgeAsync(Reference, default)).Status);
        Assert.Equal(412, (await api.RewindAsync(Reference, null, default)).Status);

        Assert.Equal(202, (await api.TerminateAsync(Reference, "opened in error", default)).Status);
        await engine.CompletionAsync();

        var terminated = await api.GetAsync(Reference, null, default);
        Assert.Equal(200, terminated.Status);
        Assert.Equal(("Terminated", "opened in error"), (Json(terminated.Body).GetProperty("runtimeStatus").GetString(), Json(terminated.Body).GetProperty("output").GetString()));
        Assert.Equal(410, (await api.RaiseEventAsync(Reference, "review-changed", "application/json", "\"x\"", default)).Status);

        var purged = await api.PurgeAsync(Reference, default);
        Assert.Equal((200, """{"instancesDeleted":1}"""), (purged.Status, purged.Body));
        Assert.Equal(404, (await api.GetAsync(Reference, null, default)).Status);
    }

    [Fact]
    public async Task A_failed_review_lists_under_Failed_with_its_failure_as_output_and_rewind_here_answers_501()
    {
        await using var engine = await ReviewEngine.StartAsync(new ScriptedReview { Decide = (_, _) => throw new InvalidOperationException("The index is unreachable.") });
        var api = new InstanceManagementApi(new DurableClientReviewOrchestrations(engine.Client));
        await engine.StartReviewAsync();
        await engine.CompletionAsync();

        var failed = Json((await api.ListAsync(["Failed"], default)).Body);
        var rewind = await api.RewindAsync(Reference, "index restored", default);

        // A query brings no failure details, only the output the engine stored; get brings both. Both show the same.
        var instance = Assert.Single(failed.EnumerateArray());
        Assert.Equal(Reference, instance.GetProperty("instanceId").GetString());
        Assert.Equal("Task 'DecideReview' (#10) failed with an unhandled exception: The index is unreachable.", instance.GetProperty("output").GetString());
        Assert.Equal(instance.GetRawText(), Json((await api.GetAsync(Reference, null, default)).Body).GetRawText());
        Assert.Equal(501, rewind.Status);
        Assert.Equal(500, (await api.GetAsync(Reference, "true", default)).Status);
    }

    /// <summary>The status once the review has reported its summary, which it does just after its first decision.</summary>
    private static async Task<ApiResponse> SummarisedAsync(InstanceManagementApi api)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (true)
        {
            var answer = await api.GetAsync(Reference, null, timeout.Token);
            if (Json(answer.Body).GetProperty("customStatus").ValueKind != JsonValueKind.Null)
            {
                return answer;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement.Clone();
}
