using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// Hands each command to the runner for its kind; the runner registered last wins, as with any service a host
/// replaces. A command nobody can run is an error, never skipped.
/// </summary>
public sealed class ReviewCommandDispatcher(IEnumerable<IReviewCommandRunner> runners)
{
    private readonly IReadOnlyList<IReviewCommandRunner> runners = [.. runners];

    public Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken)
    {
        var runner = runners.LastOrDefault(r => r.Runs(command))
            ?? throw new InvalidOperationException($"No runner is configured for {ReviewJson.CommandName(command)} commands (review {command.Reference}).");
        return runner.RunAsync(command, cancellationToken);
    }
}
