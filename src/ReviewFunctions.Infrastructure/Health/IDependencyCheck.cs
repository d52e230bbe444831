namespace ReviewFunctions.Infrastructure.Health;

/// <summary>
/// One thing the app cannot work without, checked for the health route. A check may throw: <see cref="HealthChecks"/>
/// turns the exception into a fixed reason, so none of its text reaches the anonymous caller.
/// </summary>
public interface IDependencyCheck
{
    /// <summary>The dependency's name in the health answer, e.g. <c>storage</c>.</summary>
    string Name { get; }

    Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken);
}
