using Azure;
using ReviewFunctions.Infrastructure.Health;

namespace ReviewFunctions.Infrastructure.Tests.Health;

/// <summary>
/// Running the checks: in parallel, each within its time limit, and whatever a check throws reduced to a fixed reason,
/// so nothing from an exception reaches the anonymous answer.
/// </summary>
public sealed class HealthChecksTests
{
    private const string Secret = "DefaultEndpointsProtocol=https;AccountName=stboardprod;AccountKey=c2VjcmV0LWtleQ==";

    [Fact]
    public async Task Every_dependency_passing_or_not_used_answers_200_ok_with_each_named_in_order()
    {
        var (report, body) = await HealthRun.CheckAsync(
            new FixedCheck("storage", DependencyStatus.Ok),
            new FixedCheck("taskhub", DependencyStatus.Ok),
            new NotUsedCheck("graph", HealthReason.LocalVault));

        Assert.Equal((200, "ok"), (report.HttpStatus, report.Status));
        Assert.Equal(["storage", "taskhub", "graph"], report.Checks.Keys);
        Assert.Equal(
            """{"status":"ok","checks":{"storage":{"status":"ok"},"taskhub":{"status":"ok"},"graph":{"status":"not used","reason":"local vault"}}}""",
            body);
    }

    [Fact]
    public async Task Each_failing_dependency_is_named_and_the_answer_is_503()
    {
        var (report, body) = await HealthRun.CheckAsync(
            new FixedCheck("storage", DependencyStatus.Ok),
            new ThrowingCheck("taskhub", new HttpRequestException(Secret)),
            new ThrowingCheck("graph", new RequestFailedException(403, Secret)));

        Assert.Equal((503, "failing"), (report.HttpStatus, report.Status));
        Assert.Equal(["taskhub", "graph"], report.Failing);
        Assert.Equal("unreachable", report.Status("taskhub").Reason);
        Assert.Equal("refused: 403", report.Status("graph").Reason);
        Assert.DoesNotContain("stboardprod", body, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWtleQ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "error: 500")]
    [InlineData(401, "refused: 401")]
    public async Task A_service_answering_an_error_status_gives_only_the_status(int status, string reason)
    {
        var (report, _) = await HealthRun.CheckAsync(new ThrowingCheck("storage", new RequestFailedException(status, Secret)));

        Assert.Equal(reason, report.Status("storage").Reason);
    }

    [Fact]
    public async Task A_refused_connection_wrapped_in_another_exception_is_still_unreachable()
    {
        var wrapped = new InvalidOperationException(Secret, new RequestFailedException(0, Secret, new HttpRequestException(Secret)));

        var (report, body) = await HealthRun.CheckAsync(new ThrowingCheck("taskhub", wrapped));

        Assert.Equal("unreachable", report.Status("taskhub").Reason);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_of_no_known_kind_is_unavailable_and_its_text_never_shows()
    {
        var (report, body) = await HealthRun.CheckAsync(new ThrowingCheck("taskhub", new InvalidOperationException(Secret)));

        Assert.Equal("unavailable", report.Status("taskhub").Reason);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_that_never_answers_times_out_and_the_others_still_answer_without_waiting_for_each_other()
    {
        var started = DateTimeOffset.UtcNow;

        var (report, _) = await HealthRun.CheckAsync(
            TimeSpan.FromMilliseconds(300),
            new HangingCheck("storage"),
            new HangingCheck("taskhub"),
            new FixedCheck("sendgrid", DependencyStatus.Ok));

        Assert.Equal(["storage", "taskhub"], report.Failing);
        Assert.Equal("timed out", report.Status("storage").Reason);
        Assert.Equal(DependencyStatus.Ok, report.Status("sendgrid"));
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(3), "the checks ran one after another");
    }

    [Fact]
    public async Task The_task_hub_check_reads_the_probe_instance_and_passes_when_the_read_returns()
    {
        string? read = null;
        var taskHub = new TaskHubCheck((id, _) =>
        {
            read = id;
            return Task.CompletedTask;
        });

        var (report, _) = await HealthRun.CheckAsync(taskHub);

        Assert.Equal(DependencyStatus.Ok, report.Status("taskhub"));
        Assert.Equal(TaskHubCheck.ProbeInstanceId, read);
    }

    [Fact]
    public async Task The_task_hub_check_fails_when_its_store_cannot_be_reached()
    {
        var (report, _) = await HealthRun.CheckAsync(new TaskHubCheck((_, _) => throw new HttpRequestException(Secret)));

        Assert.Equal("unreachable", report.Status("taskhub").Reason);
    }

    private sealed class FixedCheck(string name, DependencyStatus status) : IDependencyCheck
    {
        public string Name => name;

        public Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(status);
    }

    private sealed class ThrowingCheck(string name, Exception exception) : IDependencyCheck
    {
        public string Name => name;

        public Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken) => Task.FromException<DependencyStatus>(exception);
    }

    /// <summary>Ignores cancellation, as a client stuck on a dead connection might.</summary>
    private sealed class HangingCheck(string name) : IDependencyCheck
    {
        public string Name => name;

        public async Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None);
            return DependencyStatus.Ok;
        }
    }
}
