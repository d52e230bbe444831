using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>The intake pipeline on Azurite with its own register table and document container, and recording doubles.</summary>
internal sealed class IntakeHarness
{
    /// <param name="replies">Replies to send instead of recording them, e.g. through Graph.</param>
    public IntakeHarness(AzuriteFixture azurite, Func<IntakeOptions, IntakeOptions>? configure = null, TimeProvider? time = null, IIntakeReplies? replies = null)
    {
        var storage = TestStorage.Options();
        Options = new IntakeOptions
        {
            Nation = Nation.England,
            DuplicateKeySecret = Secret,
            Table = Unique.Table("Intake"),
            TimeProvider = time ?? new FixedTimeProvider(Messages.Received.AddMinutes(1)),
        };
        Options = configure?.Invoke(Options) ?? Options;
        Documents = ReviewStorage.Create(azurite.Connection, storage).Documents;
        Pipeline = IntakePipeline.Create(azurite.Connection, storage, Options, Starter, replies ?? Replies, Log);
    }

    /// <summary>A fixed secret, so a test can work out a form's key; a Board's is random.</summary>
    public static DuplicateKeySecret Secret { get; } = DuplicateKeySecret.FromSettings(_ => Convert.ToBase64String(Enumerable.Range(1, DuplicateKeySecret.MinimumBytes).Select(i => (byte)i).ToArray()));

    public IntakeOptions Options { get; }

    public RecordingStarter Starter { get; } = new();

    public RecordingReplies Replies { get; } = new();

    public RecordingLogger<IntakePipeline> Log { get; } = new();

    public IReviewDocumentStore Documents { get; }

    public IntakePipeline Pipeline { get; }

    public Task<IntakeOutcome> ReceiveAsync(byte[] json) => Pipeline.ReceiveAsync(json, CancellationToken.None);
}
