using System.Text.Json;
using Microsoft.DurableTask;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// The review orchestration's alarm on the local host. It tells the host when the review sleeps and wakes (so the host
/// knows when everything due is done), and it wakes on a durable timer with the system clock, as in Azure, or, with the
/// virtual clock, on the wake event the host sends at the review's instant, because durable timers run on real time.
/// Both the host's now and the wake-ups reach the orchestration through activities and events, so replay is exact.
/// </summary>
/// <param name="tracker">
/// Told directly that the review sleeps: the orchestration runs in the host's own process, and the report changes
/// nothing the orchestration decides, so it need not be an activity (one activity and one episode fewer on every
/// wake). It is told only when the orchestration is not replaying, as a replay-safe logger writes.
/// </param>
internal sealed class LocalAlarm(TaskOrchestrationContext context, string reference, bool virtualClock, ReviewWakeTracker tracker) : IReviewAlarm
{
    public const string AwakeActivity = "LocalReviewAwake";

    /// <summary>Sent by the host when the virtual clock reaches the instant the review asked to wake at.</summary>
    public const string WakeEvent = "review-wake";

    private readonly List<string> taken = [];

    private DateTimeOffset hostNow;

    public DateTimeOffset Now => virtualClock ? hostNow : new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    public async Task StartAsync() => hostNow = await context.CallActivityAsync<DateTimeOffset>(AwakeActivity, new AwakeReport(reference, null));

    public async Task<WakeReason> WaitAsync(DateTimeOffset? wakeAt)
    {
        if (!context.IsReplaying)
        {
            tracker.Asleep(reference, wakeAt, [.. taken]);
        }

        taken.Clear();
        using var cancel = new CancellationTokenSource();
        var changed = context.WaitForExternalEvent<JsonElement>(ReviewOrchestrator.ChangedEvent, cancel.Token);
        var alarm = virtualClock
            ? context.WaitForExternalEvent<JsonElement>(WakeEvent, cancel.Token)
            : wakeAt is { } at ? TimerAsync(at, cancel.Token) : null;
        var winner = alarm is null ? changed : await Task.WhenAny(changed, alarm);

        // Cancel, not CancelAsync: the callbacks must run on the orchestration's own thread.
        var payload = await winner;
        cancel.Cancel();

        // A wake-up from the host carries the host's now, so the review need not ask for it: one activity (and one
        // episode) fewer on every wake. It tells the host it took the wake-up when it next sleeps. Anything else (a
        // timer, an event raised by hand, one a host of an earlier version sent) asks as before.
        if (ReviewWakeUp.Read(payload) is { } wakeUp)
        {
            hostNow = wakeUp.Now;
            taken.Add(wakeUp.Nudge);
        }
        else
        {
            hostNow = await context.CallActivityAsync<DateTimeOffset>(AwakeActivity, new AwakeReport(reference, NudgeOf(payload)));
        }

        return winner == changed ? WakeReason.Changed : WakeReason.Timer;
    }

    /// <summary>An older host's wake-ups carry their id as a string; anything else (a timer, an event raised by hand) is none.</summary>
    private static string? NudgeOf(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.String && payload.GetString() is { Length: > 0 } nudge ? nudge : null;

    private async Task<JsonElement> TimerAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await context.CreateTimer(at.UtcDateTime, cancellationToken);
        return default;
    }
}

/// <summary>A review reporting that it is awake, with the wake-up it took (null as a generation starts or a timer fires).</summary>
public sealed record AwakeReport(string Reference, string? Nudge);
