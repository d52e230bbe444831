using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Snapshots;

/// <summary>A snapshot store whose writes wait until the test lets them go: a writer slowed down at the worst moment.</summary>
internal sealed class HeldSnapshots(IReviewSnapshotStore inner) : IReviewSnapshotStore
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SnapshotWrite> _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done when a write has been offered and is being held.</summary>
    public Task Reached => _reached.Task;

    /// <summary>What became of the held write, once released.</summary>
    public Task<SnapshotWrite> Written => _written.Task;

    public void Release() => _released.TrySetResult();

    public Task<StoredSnapshot?> ReadAsync(string reference, CancellationToken ct) => inner.ReadAsync(reference, ct);

    public async Task<SnapshotWrite> WriteAsync(string reference, long sequence, string data, StoredSnapshot? replacing, CancellationToken ct)
    {
        _reached.TrySetResult();
        await _released.Task.WaitAsync(ct);
        var written = await inner.WriteAsync(reference, sequence, data, replacing, ct);
        _written.TrySetResult(written);
        return written;
    }
}
