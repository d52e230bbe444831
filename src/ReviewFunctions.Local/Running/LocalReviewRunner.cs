using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Local.Running;

/// <summary>
/// Runs every open review's loop in this process, as the Durable Task framework does in Azure. With a virtual clock,
/// time moves only through <see cref="AdvanceAsync"/>, which fires the reviews' timers one instant at a time, in order,
/// letting every review settle before the next; with the system clock, each waiting review has a real timer.
/// </summary>
public sealed partial class LocalReviewRunner(
    ReviewService reviews,
    ReviewCommandDispatcher commands,
    TimeProvider clock,
    ILogger<LocalReviewRunner> logger) : IReviewScheduler, IAsyncDisposable
{
    /// <summary>Real timers longer than this are re-armed, as Task.Delay cannot wait months.</summary>
    private static readonly TimeSpan LongestRealWait = TimeSpan.FromDays(7);

    private readonly ConcurrentDictionary<string, LocalTimedLoop> loops = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim advancing = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private int busy;
    private int disposed;

    public bool IsVirtual => clock is VirtualClock;

    public DateTimeOffset Now => clock.GetUtcNow();

    public IReadOnlyCollection<string> Running => [.. loops.Values.OfType<LocalReviewLoop>().Select(l => l.Name)];

    public Task EnsureRunningAsync(string reference, CancellationToken cancellationToken)
    {
        Start(new LocalReviewLoop(reference, this, reviews, commands, clock));
        return Task.CompletedTask;
    }

    /// <summary>Sends the morning reminder digest at 09:05 on each working day, by this runner's clock.</summary>
    public void StartMorningDigest(Func<DateTimeOffset, Task> send, UkCalendar calendar, Nation nation) =>
        Start(new LocalMorningDigest(this, send, calendar, nation, clock));

    public Task NotifyChangedAsync(string reference, CancellationToken cancellationToken)
    {
        if (loops.TryGetValue(reference, out var loop))
        {
            loop.Changed();
        }

        return Task.CompletedTask;
    }

    /// <summary>Starts a loop for every review not yet finished: after a restart, every timer and pending step carries on.</summary>
    public async Task ResumeAsync(IReviewIndex index, CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await index.ListAsync(new ReviewIndexQuery(OpenOnly: true), 200, continuation, cancellationToken);
            foreach (var item in page.Items)
            {
                await EnsureRunningAsync(item.Entry.Reference, cancellationToken);
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    /// <summary>Moves a virtual clock to <paramref name="to"/>, waking each review at each of its due instants on the way.</summary>
    public async Task AdvanceAsync(DateTimeOffset to, CancellationToken cancellationToken)
    {
        var virtualClock = clock as VirtualClock ?? throw new InvalidOperationException("The clock is the system clock; it cannot be moved.");
        await advancing.WaitAsync(cancellationToken);
        try
        {
            await WaitUntilQuietAsync(cancellationToken);
            while (NextWakeUpTo(to) is { } next)
            {
                virtualClock.MoveTo(next > virtualClock.GetUtcNow() ? next : virtualClock.GetUtcNow());
                foreach (var loop in loops.Values.Where(l => l.IsWaiting && l.WakeAt <= next))
                {
                    loop.Wake(WakeReason.Timer);
                }

                await WaitUntilQuietAsync(cancellationToken);
            }

            virtualClock.MoveTo(to);
        }
        finally
        {
            advancing.Release();
        }
    }

    /// <summary>Waits until every review's loop is waiting or finished.</summary>
    public async Task WaitUntilQuietAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref busy) > 0)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    internal void LoopWaits(LocalTimedLoop loop)
    {
        Interlocked.Decrement(ref busy);
        if (!IsVirtual && loop.WakeAt is { } wakeAt)
        {
            _ = WakeOnTimeAsync(loop, wakeAt);
        }
    }

    internal void LoopWakes(LocalTimedLoop loop) => Interlocked.Increment(ref busy);

    internal void WorkFailed(string name, Exception e) => LogWorkFailed(name, e.GetType().Name);

    internal void CommandFailed(string reference, ReviewCommand command, Exception e) =>
        LogCommandFailed(reference, ReviewJson.CommandName(command), e.GetType().Name);

    /// <summary>Stops the real timers. Safe to call twice: the container disposes it under both of its names.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await stopping.CancelAsync();
            stopping.Dispose();
            advancing.Dispose();
        }
    }

    private void Start(LocalTimedLoop loop)
    {
        if (loops.TryAdd(loop.Name, loop))
        {
            Interlocked.Increment(ref busy);
            running[loop.Name] = Task.Run(() => RunLoopAsync(loop), CancellationToken.None);
        }
    }

    private DateTimeOffset? NextWakeUpTo(DateTimeOffset to)
    {
        var due = loops.Values.Where(l => l.IsWaiting && l.WakeAt is { } at && at <= to).Select(l => l.WakeAt!.Value).ToList();
        return due.Count > 0 ? due.Min() : null;
    }

    private async Task RunLoopAsync(LocalTimedLoop loop)
    {
        try
        {
            await loop.RunAsync();
        }
        catch (Exception e)
        {
            LogLoopFailed(loop.Name, e.GetType().Name);
        }
        finally
        {
            loops.TryRemove(loop.Name, out _);
            running.TryRemove(loop.Name, out _);
            Interlocked.Decrement(ref busy);
        }
    }

    private async Task WakeOnTimeAsync(LocalTimedLoop loop, DateTimeOffset wakeAt)
    {
        try
        {
            while (loop.IsWaiting && loop.WakeAt == wakeAt)
            {
                var wait = wakeAt - clock.GetUtcNow();
                if (wait <= TimeSpan.Zero)
                {
                    if (loop.WakeAt == wakeAt)
                    {
                        loop.Wake(WakeReason.Timer);
                    }

                    return;
                }

                await Task.Delay(wait < LongestRealWait ? wait : LongestRealWait, clock, stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping; the review's events are all stored and it resumes on the next start.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {Reference}: a {Command} command failed ({Error}); it will be asked for again.")]
    private partial void LogCommandFailed(string reference, string command, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Work} failed ({Error}); it runs again at its next time.")]
    private partial void LogWorkFailed(string work, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Review {Reference}: its loop stopped with {Error}; it resumes when the host restarts.")]
    private partial void LogLoopFailed(string reference, string error);
}
