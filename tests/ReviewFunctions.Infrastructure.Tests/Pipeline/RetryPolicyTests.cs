using System.Net;
using System.Text;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Pipeline;

/// <summary>
/// Retry behaviour against a scripted endpoint. Every index read first creates its table (answered 204 by default),
/// so each script starts with that answer.
/// </summary>
public sealed class RetryPolicyTests
{
    [Fact]
    public async Task Retry_after_in_seconds_is_waited_exactly()
    {
        var harness = new PipelineHarness()
            .Then(HttpStatusCode.NoContent)
            .Then(HttpStatusCode.ServiceUnavailable, "ServerBusy", ("Retry-After", "7"))
            .Then(HttpStatusCode.NotFound, "ResourceNotFound");

        Assert.Null(await harness.Storage.Index.GetAsync("CR-2027-0004", default));

        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Delay.Waits);
        Assert.Equal(3, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_measured_from_the_injected_clock()
    {
        var now = new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var harness = new PipelineHarness(time: new FixedTimeProvider(now))
            .Then(HttpStatusCode.NoContent)
            .Then(HttpStatusCode.TooManyRequests, "TooManyRequests", ("Retry-After", now.AddSeconds(12).ToString("r")))
            .Then(HttpStatusCode.NotFound, "ResourceNotFound");

        await harness.Storage.Index.GetAsync("CR-2027-0004", default);

        Assert.Equal([TimeSpan.FromSeconds(12)], harness.Delay.Waits);
    }

    [Fact]
    public async Task Millisecond_hint_beats_retry_after()
    {
        var harness = new PipelineHarness()
            .Then(HttpStatusCode.NoContent)
            .Then(HttpStatusCode.TooManyRequests, null, ("x-ms-retry-after-ms", "250"), ("Retry-After", "1"))
            .Then(HttpStatusCode.NotFound, "ResourceNotFound");

        await harness.Storage.Index.GetAsync("CR-2027-0004", default);

        Assert.Equal([TimeSpan.FromMilliseconds(250)], harness.Delay.Waits);
    }

    [Fact]
    public async Task Without_a_hint_waits_grow_exponentially_with_jitter_until_retries_run_out()
    {
        var harness = new PipelineHarness(maxRetries: 3).Then(HttpStatusCode.NoContent);
        for (var i = 0; i < 4; i++)
        {
            harness.Then(HttpStatusCode.InternalServerError, "InternalError");
        }

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => harness.Storage.Index.GetAsync("CR-2027-0004", default));

        Assert.Equal(500, error.Status);
        Assert.Equal("InternalError", error.ErrorCode);
        var waits = harness.Delay.Waits.Select(w => w.TotalMilliseconds).ToArray();
        Assert.Equal(3, waits.Length);
        Assert.InRange(waits[0], 640, 960);
        Assert.InRange(waits[1], 1280, 1920);
        Assert.InRange(waits[2], 2560, 3840);
    }

    [Fact]
    public async Task A_server_delay_longer_than_we_will_wait_surfaces_the_error_instead()
    {
        var harness = new PipelineHarness()
            .Then(HttpStatusCode.NoContent)
            .Then(HttpStatusCode.ServiceUnavailable, "ServerBusy", ("Retry-After", "600"));

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => harness.Storage.Index.GetAsync("CR-2027-0004", default));

        Assert.Equal(503, error.Status);
        Assert.Empty(harness.Delay.Waits);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Other_transient_statuses_are_retried(HttpStatusCode status)
    {
        var harness = new PipelineHarness().Then(HttpStatusCode.NoContent).Then(status).Then(HttpStatusCode.NotFound);

        Assert.Null(await harness.Storage.Index.GetAsync("CR-2027-0004", default));
        Assert.Single(harness.Delay.Waits);
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_carries_the_odata_error_code()
    {
        var harness = new PipelineHarness()
            .Then(HttpStatusCode.NoContent)
            .Then(() => new HttpResponseMessage(HttpStatusCode.BadRequest)
            {
                Content = new StringContent("""{"odata.error":{"code":"InvalidInput","message":{"lang":"en-US","value":"bad"}}}""", Encoding.UTF8, "application/json"),
            });

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => harness.Storage.Index.GetAsync("CR-2027-0004", default));

        Assert.Equal(400, error.Status);
        Assert.Equal("InvalidInput", error.ErrorCode);
        Assert.Empty(harness.Delay.Waits);
    }

    [Fact]
    public async Task Connection_failures_are_retried_then_surface_as_a_storage_error()
    {
        var harness = new PipelineHarness(maxRetries: 2).Then(HttpStatusCode.NoContent);
        for (var i = 0; i < 3; i++)
        {
            harness.Then(() => throw new HttpRequestException("connection refused"));
        }

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => harness.Storage.Index.GetAsync("CR-2027-0004", default));

        Assert.Equal(0, error.Status);
        Assert.Equal(2, harness.Delay.Waits.Count);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried()
    {
        var harness = new PipelineHarness(networkTimeout: TimeSpan.FromMilliseconds(200))
            .Then(HttpStatusCode.NoContent)
            .Then(async ct =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), ct);
                return CapturingHandler.Status(HttpStatusCode.OK);
            })
            .Then(HttpStatusCode.NotFound, "ResourceNotFound");

        Assert.Null(await harness.Storage.Index.GetAsync("CR-2027-0004", default));
        Assert.Single(harness.Delay.Waits);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_retried()
    {
        using var cancel = new CancellationTokenSource();
        var harness = new PipelineHarness()
            .Then(HttpStatusCode.NoContent)
            .Then(async ct =>
            {
                await cancel.CancelAsync();
                ct.ThrowIfCancellationRequested();
                return CapturingHandler.Status(HttpStatusCode.OK);
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Storage.Index.GetAsync("CR-2027-0004", cancel.Token));
        Assert.Empty(harness.Delay.Waits);
    }
}
