using System.Text;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// The HTTP caller hears once the referral holds its reference and its message is kept; the form as read is kept, its
/// review starts and its sender is acknowledged afterwards, and a delivery cut short after its answer is finished by the
/// sweep of unstarted referrals.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class EarlyAnswerTests(AzuriteFixture azurite)
{
    private static readonly Actor Poster = new("oid-7", "Sam Okafor", "sam.okafor@westbridge.example.gov.uk", "business-manager");

    [Fact]
    public async Task An_accepted_referral_is_answered_with_its_reference_before_its_review_starts()
    {
        var intake = new IntakeHarness(azurite);
        var release = new TaskCompletionSource();
        intake.Starter.Hold = release.Task;
        var answered = new TaskCompletionSource<IntakeOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);

        var receiving = intake.Pipeline.ReceiveAsync(SampleJson("ref-a"), Poster, o => { answered.SetResult(o); return Task.CompletedTask; }, CancellationToken.None);
        var answer = await answered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((IntakeResult.Started, "CR-2027-0001"), (answer.Result, answer.Reference));
        Assert.Equal(202, IntakeHttp.ToResponse(answer).Status);
        Assert.Empty(intake.Starter.Started);
        Assert.Empty(intake.Replies.Sent);
        Assert.True(intake.Pipeline.IsFinishingAnswered);
        Assert.NotNull(await intake.Documents.GetAsync(IntakeDocuments.Message("CR-2027-0001", IntakeKeys.Message("<ref-a@westbridge.example.gov.uk>", default)), CancellationToken.None));

        release.SetResult();
        var done = await receiving;
        Assert.NotNull(await intake.Documents.GetAsync(IntakeDocuments.Referral("CR-2027-0001"), CancellationToken.None));

        Assert.Equal((IntakeResult.Started, "CR-2027-0001", true), (done.Result, done.Reference, done.Replied));
        Assert.False(intake.Pipeline.IsFinishingAnswered);
        Assert.Equal(Poster, intake.Starter.StartedBy["CR-2027-0001"]);
        Assert.Equal("CR-2027-0001", Assert.Single(intake.Replies.Sent).Reference);
    }

    [Fact]
    public async Task A_refusal_is_answered_once_at_the_end_with_its_problems()
    {
        var intake = new IntakeHarness(azurite);
        var answers = new List<IntakeOutcome>();

        var done = await intake.Pipeline.ReceiveAsync(Encoding.UTF8.GetString(Messages.Bytes(Messages.Json("<nothing@x.example>", "Please call me."))), Poster, o => { answers.Add(o); return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(IntakeResult.Invalid, Assert.Single(answers).Result);
        Assert.Same(done, answers[0]);
        Assert.Single(intake.Replies.Sent);
    }

    [Fact]
    public async Task A_caller_who_has_gone_does_not_stop_the_referral()
    {
        var intake = new IntakeHarness(azurite);

        var done = await intake.Pipeline.ReceiveAsync(SampleJson("ref-a"), Poster, _ => throw new IOException("The client reset the connection."), CancellationToken.None);

        Assert.Equal((IntakeResult.Started, true), (done.Result, done.Replied));
        Assert.Single(intake.Starter.Started);
        Assert.Contains(intake.Log.Lines, l => l.Contains("could not be given (IOException)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delivery_cut_short_after_its_answer_is_started_by_the_sweep_once_and_its_sender_acknowledged_once()
    {
        var time = new SettableTime(Messages.Received.AddMinutes(1));
        var intake = new IntakeHarness(azurite, time: time);
        intake.Starter.FailNext = 1;
        IntakeOutcome? answer = null;

        var cut = await intake.Pipeline.ReceiveAsync(SampleJson("ref-a"), Poster, o => { answer = o; return Task.CompletedTask; }, CancellationToken.None);
        var tooSoon = await intake.Pipeline.Unstarted.FinishAsync(CancellationToken.None);
        time.Now += intake.Options.ClaimLease + TimeSpan.FromSeconds(1);
        var swept = await intake.Pipeline.Unstarted.FinishAsync(CancellationToken.None);
        var again = await intake.Pipeline.Unstarted.FinishAsync(CancellationToken.None);

        Assert.Equal((IntakeResult.Started, "CR-2027-0001"), (answer!.Result, answer.Reference));
        Assert.Equal(IntakeResult.TryLater, cut.Result);
        Assert.Equal((0, 1, 0), (tooSoon, swept, again));
        var started = Assert.Single(intake.Starter.Started);
        Assert.Equal(("CR-2027-0001", Messages.Received), (started.Key, started.Value.At));
        Assert.Equal(Poster, intake.Starter.StartedBy["CR-2027-0001"]);
        Assert.Equal("CR-2027-0001", Assert.Single(intake.Replies.Sent).Reference);
    }

    [Fact]
    public async Task A_delivery_stopped_as_soon_as_it_has_answered_is_finished_by_the_sweep_from_the_message_it_kept()
    {
        var time = new SettableTime(Messages.Received.AddMinutes(1));
        var intake = new IntakeHarness(azurite, time: time);
        using var stop = new CancellationTokenSource();
        IntakeOutcome? answer = null;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => intake.Pipeline.ReceiveAsync(SampleJson("ref-a"), Poster, o => { answer = o; stop.Cancel(); return Task.CompletedTask; }, stop.Token));
        var formBeforeTheSweep = await intake.Documents.GetAsync(IntakeDocuments.Referral("CR-2027-0001"), CancellationToken.None);
        var (startedBeforeTheSweep, repliesBeforeTheSweep) = (intake.Starter.Started.Count, intake.Replies.Sent.Count);
        time.Now += intake.Options.ClaimLease + TimeSpan.FromSeconds(1);
        var swept = await intake.Pipeline.Unstarted.FinishAsync(CancellationToken.None);

        Assert.Equal((IntakeResult.Started, "CR-2027-0001"), (answer!.Result, answer.Reference));
        Assert.Equal((null, 0, 0), (formBeforeTheSweep, startedBeforeTheSweep, repliesBeforeTheSweep));
        Assert.Equal(1, swept);
        Assert.Equal(("CR-2027-0001", Messages.Received), (Assert.Single(intake.Starter.Started).Key, intake.Starter.Started["CR-2027-0001"].At));
        Assert.NotNull(await intake.Documents.GetAsync(IntakeDocuments.Referral("CR-2027-0001"), CancellationToken.None));
        Assert.Equal("CR-2027-0001", Assert.Single(intake.Replies.Sent).Reference);
        Assert.False(intake.Pipeline.IsFinishingAnswered);
    }

    [Fact]
    public async Task Many_deliveries_of_one_message_at_once_acknowledge_it_once()
    {
        var intake = new IntakeHarness(azurite);
        var json = Samples.Bytes("ref-a.email.json");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => intake.ReceiveAsync(json))));

        Assert.All(outcomes, o => Assert.Equal("CR-2027-0001", o.Reference));
        Assert.Single(intake.Starter.Started);
        Assert.NotEmpty(intake.Replies.Sent);
        Assert.All(intake.Replies.Sent.GroupBy(r => r.To.Address, StringComparer.OrdinalIgnoreCase), g => Assert.Single(g));
    }

    private static string SampleJson(string name) => Encoding.UTF8.GetString(Samples.Bytes(name + ".email.json"));
}
