using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>Runs the decision to release a review's records: unlocks them, keeping their retention label.</summary>
public sealed class ReleaseCaseFilesRunner(ICaseFileStore store, TimeProvider time) : IReviewCommandRunner
{
    public bool Runs(ReviewCommand command) => command is ReleaseCaseFiles;

    public async Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken)
    {
        var records = await store.ReleaseAsync(command.Reference, cancellationToken);
        return new CommandOutcome([new CaseFilesReleased(time.GetUtcNow(), records.Count)]);
    }
}
