namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Runs work one piece at a time, in the order it was asked for: an asynchronous lock with nothing to dispose, so the
/// intake register that holds one needs no disposing either.
/// </summary>
internal sealed class OneAtATime
{
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task before;
        lock (_gate)
        {
            before = _last;
            _last = mine.Task;
        }

        try
        {
            await before.WaitAsync(ct).ConfigureAwait(false);
            return await work().ConfigureAwait(false);
        }
        finally
        {
            // One that stopped waiting (cancelled) hands its turn on only once the one before it has finished.
            _ = before.ContinueWith(_ => mine.SetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
