using System.Text.Json;
using Microsoft.DurableTask;

namespace ReviewFunctions.Tests.Orchestration;

/// <summary>
/// A hand-written orchestration context of the real abstract shape. Activities are handlers by name whose inputs and
/// outputs go through JSON as Durable's would; the one pending timer and external event are completed by the test;
/// retries follow the call's retry policy and move the clock by each wait.
/// </summary>
internal sealed class FakeOrchestrationContext(string instanceId, object? input, DateTime now) : TaskOrchestrationContext
{
    private readonly Dictionary<string, Func<string, object?>> activities = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource<string>? pendingEvent;
    private TaskCompletionSource? pendingTimer;
    private int waits;
    private int waitsAtLastTrigger;

    public DateTime Now { get; set; } = now;

    public List<(string Activity, string Input, int Attempts)> Calls { get; } = [];

    public List<TimeSpan> RetryWaits { get; } = [];

    public List<object?> Statuses { get; } = [];

    public object? ContinuedWith { get; private set; }

    public DateTime? TimerFiresAt { get; private set; }

    public bool TimerCancelled { get; private set; }

    public bool EventWaitCancelled { get; private set; }

    public string? AwaitedEvent { get; private set; }

    public override TaskName Name => new("ReviewOrchestrator");

    public override string InstanceId => instanceId;

    public override ParentOrchestrationInstance? Parent => null;

    public override DateTime CurrentUtcDateTime => Now;

    public override bool IsReplaying => false;

    public void OnActivity<TInput>(string name, Func<TInput, object?> handler) =>
        activities[name] = json => handler(JsonSerializer.Deserialize<TInput>(json)!);

    public override T? GetInput<T>()
        where T : default => (T?)input;

    public override Task<T> CallActivityAsync<T>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        var json = JsonSerializer.Serialize(input);
        var handler = activities[name.Name];
        var policy = options?.Retry?.Policy;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = handler(json);
                Calls.Add((name.Name, json, attempt));
                return Task.FromResult(JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(result))!);
            }
            catch (InvalidOperationException) when (policy is not null && attempt < policy.MaxNumberOfAttempts)
            {
                var wait = TimeSpan.FromTicks((long)(policy.FirstRetryInterval.Ticks * Math.Pow(policy.BackoffCoefficient, attempt - 1)));
                wait = wait > policy.MaxRetryInterval ? policy.MaxRetryInterval : wait;
                RetryWaits.Add(wait);
                Now += wait;
            }
            catch (InvalidOperationException e)
            {
                Calls.Add((name.Name, json, attempt));
                return Task.FromException<T>(new InvalidOperationException($"Activity '{name.Name}' failed after {attempt} attempts.", e));
            }
        }
    }

    [Obsolete("This method is not yet fully implemented")]
    public override Task<T> CallActivityAsync<T>(Func<object?, T> activityLambda, object? input = null, TaskOptions? options = null) =>
        throw new NotSupportedException("The review orchestration calls activities by name only.");

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        Assert.Null(pendingTimer);
        Assert.Equal(DateTimeKind.Utc, fireAt.Kind);
        pendingTimer = new TaskCompletionSource();
        TimerFiresAt = fireAt;
        TimerCancelled = false;
        cancellationToken.Register(() =>
        {
            TimerCancelled = true;
            pendingTimer?.TrySetCanceled();
            pendingTimer = null;
        });
        return pendingTimer.Task;
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        Assert.Null(pendingEvent);
        waits++;
        AwaitedEvent = eventName;
        EventWaitCancelled = false;
        var waiting = new TaskCompletionSource<string>();
        pendingEvent = waiting;
        cancellationToken.Register(() =>
        {
            EventWaitCancelled = true;
            waiting.TrySetCanceled();
            if (pendingEvent == waiting)
            {
                pendingEvent = null;
            }
        });
        return (Task<T>)(object)waiting.Task;
    }

    public bool Waiting => pendingEvent is not null || pendingTimer is not null;

    /// <summary>Lets the orchestration run on until it starts a new wait or ends.</summary>
    public async Task SettleAsync(Task run)
    {
        for (var spin = 0; spin < 100_000 && !run.IsCompleted && waits <= waitsAtLastTrigger; spin++)
        {
            await Task.Yield();
        }

        Assert.True(run.IsCompleted || waits > waitsAtLastTrigger, "The orchestration neither waited again nor finished.");
        if (run.IsFaulted)
        {
            await run;
        }
    }

    /// <summary>The durable timer fires: the orchestration's clock moves to its instant.</summary>
    public void FireTimer()
    {
        var timer = pendingTimer ?? throw new InvalidOperationException("No timer is pending.");
        pendingTimer = null;
        waitsAtLastTrigger = waits;
        Now = TimerFiresAt!.Value;
        timer.SetResult();
    }

    public void RaiseEvent(string name, string payload)
    {
        Assert.Equal(AwaitedEvent, name, ignoreCase: true);
        var waiting = pendingEvent ?? throw new InvalidOperationException("Nothing is waiting for an event.");
        pendingEvent = null;
        waitsAtLastTrigger = waits;
        waiting.SetResult(payload);
    }

    public override void SendEvent(string instanceId, string eventName, object payload) =>
        throw new NotSupportedException("The review orchestration sends no events.");

    public override void SetCustomStatus(object? customStatus) => Statuses.Add(JsonSerializer.Deserialize<object>(JsonSerializer.Serialize(customStatus)));

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, string? instanceId = null, object? input = null, TaskOptions? options = null) =>
        throw new NotSupportedException("The review orchestration has no sub-orchestrations.");

    public override void ContinueAsNew(object newInput, bool preserveUnprocessedEvents = true)
    {
        Assert.True(preserveUnprocessedEvents, "A restart must keep a person's change that arrived meanwhile.");
        ContinuedWith = newInput;
    }

    public override Guid NewGuid() => throw new NotSupportedException("The review orchestration needs no identifiers of its own.");
}
