using System.Collections.Concurrent;

namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>Stands in for the retry wait: remembers what it was asked to wait and returns at once.</summary>
internal sealed class RecordingDelay
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public Task Wait(TimeSpan delay, CancellationToken ct)
    {
        _waits.Enqueue(delay);
        return Task.CompletedTask;
    }
}
