using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.CaseFiles;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>
/// Plays the host for the case-file part of a review, as tests/ReviewFunctions.Domain.Tests' ReviewDriver does for the
/// decider: records events, asks the engine what to do, runs each SecureCaseFiles command and records what it observed.
/// </summary>
internal sealed class CaseFileReviewDriver
{
    private readonly ReviewEngine engine;
    private readonly SecureCaseFilesRunner runner;
    private readonly ReleaseCaseFilesRunner releaser;

    public CaseFileReviewDriver(ReviewEngine engine, ReferralReceived referral, ICaseFileStore store)
    {
        this.engine = engine;
        runner = new SecureCaseFilesRunner(store, TimeProvider.System);
        releaser = new ReleaseCaseFilesRunner(store, TimeProvider.System);
        var (state, rejection) = engine.Start(referral);
        Assert.Null(rejection);
        State = state!;
        History.Add(referral);
    }

    public ReviewState State { get; private set; }

    public List<ReviewEvent> History { get; } = [];

    public List<SecureCaseFiles> Secured { get; } = [];

    public void Record(ReviewEvent e)
    {
        var (state, recorded, rejection) = engine.Apply(State, e);
        Assert.Null(rejection);
        State = state;
        History.Add(recorded!);
    }

    /// <summary>Decides at <paramref name="now"/> and runs the case-file commands it gives, recording their outcome.</summary>
    public async Task DecideAndRunAsync(DateTimeOffset now)
    {
        var next = engine.Decide(State, now);
        foreach (var e in next.Events)
        {
            State = engine.Evolve(State, e);
            History.Add(e);
        }

        foreach (var release in next.Commands.OfType<ReleaseCaseFiles>())
        {
            foreach (var observed in (await releaser.RunAsync(release, default)).Events)
            {
                Record(observed);
            }
        }

        foreach (var command in next.Commands.OfType<SecureCaseFiles>())
        {
            Secured.Add(command);
            var outcome = await runner.RunAsync(command, now);
            foreach (var observed in outcome.Events)
            {
                Record(observed);
            }
        }
    }
}
