namespace ReviewFunctions.Infrastructure.Health;

/// <summary>
/// The Durable task hub every review runs in: one read of an instance through the host's own client (the Durable client
/// in Azure, the engine's provider locally), which reaches the hub's instance table.
/// </summary>
/// <param name="readInstance">Reads the instance <see cref="ProbeInstanceId"/>, throwing when the hub cannot be reached.</param>
public sealed class TaskHubCheck(Func<string, CancellationToken, Task> readInstance) : IDependencyCheck
{
    /// <summary>An id no review has (references look like <c>CR-2027-0001</c>), so the read finds nothing and is cheap.</summary>
    public const string ProbeInstanceId = "health-probe";

    public string Name => "taskhub";

    public async Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken)
    {
        await readInstance(ProbeInstanceId, cancellationToken);
        return DependencyStatus.Ok;
    }
}
