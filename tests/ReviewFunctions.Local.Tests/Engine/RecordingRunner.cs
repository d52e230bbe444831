using System.Collections.Concurrent;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Local.Tests.Engine;

/// <summary>A command runner that carries out every command as a mail service and case-file store would report it, and records when.</summary>
internal sealed class RecordingRunner(TimeProvider clock) : IReviewCommandRunner
{
    public ConcurrentQueue<(DateTimeOffset At, ReviewCommand Command)> Ran { get; } = new();

    public bool Runs(ReviewCommand command) => true;

    public Task<CommandOutcome> RunAsync(ReviewCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Ran.Enqueue((now, command));
        return Task.FromResult(command switch
        {
            SendNotice n => new CommandOutcome([new NoticeSent(now, n.Notice, n.Step, n.Occurrence, $"msg-{Ran.Count}")]),
            SecureCaseFiles s => new CommandOutcome([new CaseFilesSecured(now, s.MembershipVersion, s.Reference, [.. s.Members.Select(m => m.Email)])]),
            _ => CommandOutcome.Nothing,
        });
    }
}
