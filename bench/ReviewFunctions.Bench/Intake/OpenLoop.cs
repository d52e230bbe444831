using System.Diagnostics;

namespace ReviewFunctions.Bench.Intake;

/// <summary>
/// Sends at a steady rate whatever the host does: each request starts on its own schedule, as mail arrives, never
/// waiting for an earlier one's answer. A host that falls behind meets more requests at once, as it would in life,
/// instead of the sender slowing down to hide it.
/// </summary>
internal static class OpenLoop
{
    /// <summary>Starts <paramref name="send"/> for each slot at slot × period from now, then waits for every answer.</summary>
    /// <returns>The answers in slot order, when the last request started, and the latest any started behind its schedule.</returns>
    public static async Task<(IReadOnlyList<T> Answers, TimeSpan LastStart, TimeSpan LatestStart)> RunAsync<T>(int slots, TimeSpan period, Func<int, Task<T>> send, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var sent = new List<Task<T>>(slots);
        var latest = TimeSpan.Zero;
        for (var slot = 0; slot < slots; slot++)
        {
            var due = period * slot;
            if (due - clock.Elapsed is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            var late = clock.Elapsed - due;
            latest = late > latest ? late : latest;
            var mine = slot;
            sent.Add(Task.Run(() => send(mine), ct));
        }

        var lastStart = clock.Elapsed;
        return (await Task.WhenAll(sent), lastStart, latest);
    }
}
