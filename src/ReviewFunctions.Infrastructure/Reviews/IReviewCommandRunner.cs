using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>Carries out one kind of command (send a notice, secure case files, queue a reminder).</summary>
public interface IReviewCommandRunner
{
    bool Runs(ReviewCommand command);

    Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken);
}
