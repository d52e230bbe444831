using Microsoft.Extensions.Logging.Abstractions;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Orchestrations;
using ReviewFunctions.Infrastructure.Tests.Mail.Support;
using ReviewFunctions.Infrastructure.Tests.Reviews;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Orchestrations;

/// <summary>
/// The sweeper over real reviews in Azurite, with orchestration statuses set by the test: every way an orchestration can
/// stop while its review is unfinished is undone and recorded, and nothing else is touched.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReviewSweeperTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData(ReviewRuntimeStatus.Terminated, "its orchestration had been terminated")]
    [InlineData(ReviewRuntimeStatus.Failed, "its orchestration had failed")]
    [InlineData(ReviewRuntimeStatus.Canceled, "its orchestration had been cancelled")]
    [InlineData(ReviewRuntimeStatus.Completed, "its orchestration had completed while the review was unfinished")]
    public async Task An_unfinished_review_whose_orchestration_stopped_is_restarted_and_the_restart_recorded(ReviewRuntimeStatus status, string reason)
    {
        var (harness, statuses) = Rig();
        var reference = await DecidedAsync(harness, "CR-2027-0001");
        statuses.Add(reference, status);

        var report = await Sweeper(harness, statuses).SweepAsync(Grace, default);

        Assert.Equal(1, report.Restarted);
        Assert.Equal([reference], harness.Scheduler.Restarted);
        Assert.Equal(reason, Assert.Single(await HistoryAsync<ReviewResumed>(harness, reference)).Reason);
    }

    [Fact]
    public async Task A_review_with_no_orchestration_at_all_is_started_if_it_is_still_missing()
    {
        var (harness, statuses) = Rig();
        var reference = await DecidedAsync(harness, "CR-2027-0001");

        var report = await Sweeper(harness, statuses).SweepAsync(Grace, default);

        Assert.Equal(1, report.Restarted);
        Assert.Contains(reference, harness.Scheduler.Started);
        Assert.Empty(harness.Scheduler.Restarted);
        Assert.Equal("its orchestration was missing", Assert.Single(await HistoryAsync<ReviewResumed>(harness, reference)).Reason);
    }

    [Fact]
    public async Task A_running_review_on_time_and_a_suspended_one_are_left_alone()
    {
        var (harness, statuses) = Rig();
        var onTime = await DecidedAsync(harness, "CR-2027-0001");
        var suspended = await DecidedAsync(harness, "CR-2027-0002");
        statuses.Add(onTime, ReviewRuntimeStatus.Running);
        statuses.Add(suspended, ReviewRuntimeStatus.Suspended);
        harness.Clock.Now += TimeSpan.FromMinutes(5);

        var report = await Sweeper(harness, statuses).SweepAsync(Grace, default);

        Assert.Equal(new SweepReport(Looked: 2), report);
        Assert.Empty(harness.Scheduler.Changed);
        Assert.Empty(await HistoryAsync<ReviewResumed>(harness, onTime));
    }

    [Fact]
    public async Task A_running_review_that_let_a_reminder_pass_by_more_than_the_grace_is_woken_but_not_with_the_virtual_clock()
    {
        var (harness, statuses) = Rig();
        var reference = await DecidedAsync(harness, "CR-2027-0001");
        statuses.Add(reference, ReviewRuntimeStatus.Running);
        harness.Clock.Now += TimeSpan.FromDays(3);

        Assert.Equal(0, (await Sweeper(harness, statuses).SweepAsync(lateAfter: null, default)).Woken);
        var report = await Sweeper(harness, statuses).SweepAsync(Grace, default);

        Assert.Equal(1, report.Woken);
        Assert.Equal([reference], harness.Scheduler.Changed);
        Assert.Single(await HistoryAsync<ReviewResumed>(harness, reference));
    }

    [Fact]
    public async Task A_finished_review_is_never_touched()
    {
        var (harness, statuses) = Rig();
        var reference = await harness.StartAsync("CR-2027-0001");
        var response = await harness.Api.PostEventAsync(Callers.Chair, reference, """{"type":"decision-recorded","outcome":"no-review","kind":"scr","reasons":"The criteria are not met."}""", default);
        Assert.Equal(202, response.Status);
        await SendEverythingAsync(harness, reference);
        Assert.True((await harness.Service.LoadStateAsync(reference, default))!.State.Finished);
        statuses.Add(reference, ReviewRuntimeStatus.Terminated);

        await Sweeper(harness, statuses).SweepAsync(Grace, default);

        Assert.DoesNotContain(reference, harness.Scheduler.Restarted);
        Assert.Empty(await HistoryAsync<ReviewResumed>(harness, reference));
    }

    [Fact]
    public async Task A_notice_that_missed_someone_is_tried_again_once_the_directory_changed_and_only_then()
    {
        var (harness, statuses) = Rig();
        var reference = await DecidedAsync(harness, "CR-2027-0001");
        statuses.Add(reference, ReviewRuntimeStatus.Running);
        var issued = (await harness.Service.LoadStateAsync(reference, default))!.State.NoticesIssued.Values.First();
        var current = TestBoards.Westbridge().Directory.Version();
        await harness.Service.RecordObservedAsync(reference, [new NoticeUndelivered(harness.Clock.Now, issued.Notice, issued.Step, issued.Occurrence, ["Northfold Community Health (no contact address on the referral form or in the Board's directory)"], current)], default);

        Assert.Equal(0, (await Sweeper(harness, statuses).SweepAsync(Grace, default)).RetriedForDirectory);

        var changed = TestBoards.Westbridge() with { Directory = TestBoards.Westbridge().Directory with { Agencies = [] } };
        var report = await Sweeper(harness, statuses, changed).SweepAsync(Grace, default);

        Assert.Equal(1, report.RetriedForDirectory);
        Assert.Equal([reference], harness.Scheduler.Changed);
        Assert.Equal(changed.Directory.Version(), Assert.Single(await HistoryAsync<DirectoryUpdated>(harness, reference)).Directory);
        Assert.Empty((await harness.Service.LoadStateAsync(reference, default))!.State.NoticeProblems);
        Assert.Equal(0, (await Sweeper(harness, statuses, changed).SweepAsync(Grace, default)).RetriedForDirectory);
    }

    private (ReviewApiHarness Harness, RecordingOrchestrations Statuses) Rig() => (new ReviewApiHarness(azurite), new RecordingOrchestrations());

    private static ReviewSweeper Sweeper(ReviewApiHarness harness, RecordingOrchestrations statuses, Domain.Notices.NoticeSettings? settings = null) =>
        new(harness.Service, harness.Engine, statuses, harness.Scheduler, settings ?? TestBoards.Westbridge(), harness.Clock, NullLogger<ReviewSweeper>.Instance);

    /// <summary>A review started and looked at once by its loop, so everything due at its start is already recorded.</summary>
    private static async Task<string> DecidedAsync(ReviewApiHarness harness, string reference)
    {
        await harness.StartAsync(reference);
        await harness.Service.DecideAsync(reference, harness.Clock.Now, default);
        return reference;
    }

    /// <summary>What the loop would do after a "no review" decision: send the letters it asks for, until the review ends.</summary>
    private static async Task SendEverythingAsync(ReviewApiHarness harness, string reference)
    {
        for (var round = 0; round < 5 && !(await harness.Service.LoadStateAsync(reference, default))!.State.Finished; round++)
        {
            var outcome = await harness.Service.DecideAsync(reference, harness.Clock.Now, default);
            var sent = outcome.Commands.OfType<SendNotice>().Select(n => (ReviewEvent)new NoticeSent(harness.Clock.Now, n.Notice, n.Step, n.Occurrence, "msg")).ToList();
            await harness.Service.RecordObservedAsync(reference, sent, default);
        }
    }

    private static async Task<List<T>> HistoryAsync<T>(ReviewApiHarness harness, string reference) =>
        [.. (await harness.Service.LoadHistoryAsync(reference, default))!.History.Select(h => h.Event).OfType<T>()];
}
