namespace ReviewFunctions.Infrastructure.Health;

/// <summary>A dependency this host does without, shown as such rather than left out or pretended ok.</summary>
public sealed class NotUsedCheck(string name, HealthReason reason) : IDependencyCheck
{
    public string Name { get; } = name;

    public Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(DependencyStatus.NotUsed(reason));
}
