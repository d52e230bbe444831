using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;

using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// Runs the decider's <see cref="SecureCaseFiles"/> command: secures the review's case file for its current members
/// and reports who has access as read back. A mismatch is thrown, not reported, so the host retries the command.
/// </summary>
/// <remarks>With <paramref name="copies"/>, the referral as received is filed in the case file too.</remarks>
public sealed class SecureCaseFilesRunner(ICaseFileStore store, TimeProvider time, CaseFileCopies? copies = null) : IReviewCommandRunner
{
    public bool Runs(ReviewCommand command) => command is SecureCaseFiles;

    public Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken) =>
        RunAsync((SecureCaseFiles)command, time.GetUtcNow(), cancellationToken);

    public async Task<CommandOutcome> RunAsync(SecureCaseFiles command, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);

        // A person may hold two roles in a review; access is per person.
        var members = command.Members.Select(m => m.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var access = await store.SecureAsync(command.Reference, members, ct).ConfigureAwait(false);
        if (copies is not null)
        {
            await copies.FileReferralAsync(command.Reference, ct).ConfigureAwait(false);
        }

        return new CommandOutcome([new CaseFilesSecured(now, command.MembershipVersion, access.Folder, access.People)]);
    }
}
