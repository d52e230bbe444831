using Microsoft.Extensions.DependencyInjection;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Tests.Engine;

[Collection(LocalAzuriteGroup.Name)]
public sealed class ReviewTimekeeperTests(LocalAzurite azurite)
{
    private static readonly DateTimeOffset Start = new(2027, 2, 8, 9, 0, 0, TimeSpan.Zero);

    private sealed record Host(Microsoft.AspNetCore.Builder.WebApplication App, ReviewTimekeeper Runner, ReviewApi Api, RecordingRunner Commands, VirtualClock Clock) : IAsyncDisposable
    {
        public EngineReviewScheduler Scheduler => App.Services.GetRequiredService<EngineReviewScheduler>();

        /// <summary>Starts a review as intake does once it has issued the reference: the API imports only such references.</summary>
        public async Task StartAsync(string reference, DateTimeOffset receivedAt)
        {
            var referral = new ReferralReceived(receivedAt, reference, "scr", Nation.England, new DateOnly(2027, 2, 6), null, ["Police"], "intake");
            Assert.True((await App.Services.GetRequiredService<IReviewStarter>().StartAsync(referral, null, default)).Started);
        }

        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    private async Task<Host> CreateAsync(string tablePrefix, string clockFile)
    {
        var clock = VirtualClock.Open(Start, clockFile);
        var app = LocalHost.Build(new LocalHostOptions(new Uri("http://127.0.0.1:0"), Path.GetTempPath(), true, Start), azurite.Azurite.ConnectionString(), clock, new LocalEngineOptions { TaskHubName = tablePrefix }, new StorageOptions
        {
            EventsTable = tablePrefix + "Events",
            IndexTable = tablePrefix + "Index",
            DocumentsContainer = tablePrefix.ToLowerInvariant() + "-docs",
        }, services => services.AddSingleton<IReviewCommandRunner>(p => new RecordingRunner(clock)));
        await app.StartAsync();
        return new Host(app, app.Services.GetRequiredService<ReviewTimekeeper>(), app.Services.GetRequiredService<ReviewApi>(), (RecordingRunner)app.Services.GetRequiredService<IReviewCommandRunner>(), clock);
    }

    [Fact]
    public async Task Moving_the_clock_fires_each_reviews_reminders_at_their_instants_in_order()
    {
        var prefix = "T" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await CreateAsync(prefix, Path.Combine(Path.GetTempPath(), prefix + ".clock"));
        await host.StartAsync("CR-2027-0001", Start);
        await host.StartAsync("CR-2027-0002", Start.AddHours(-1));
        await host.Runner.WaitUntilQuietAsync(default);
        Assert.Contains(host.Commands.Ran, r => r.Command is SendNotice { Reference: "CR-2027-0001", Step: "agency-request" } && r.At == Start);

        await host.Runner.AdvanceAsync(Start.AddDays(10), default);

        var reminders = host.Commands.Ran.Where(r => r.Command is RemindOwner or EscalateToManager).ToList();
        Assert.NotEmpty(reminders);
        Assert.All(reminders, r => Assert.Equal(r.Command is RemindOwner o ? o.Instant : ((EscalateToManager)r.Command).Instant, r.At));
        Assert.Equal(reminders.Select(r => r.At).Order(), reminders.Select(r => r.At));
        Assert.Equal(Start.AddDays(10), host.Clock.GetUtcNow());
        Assert.Contains(reminders, r => r.Command.Reference == "CR-2027-0001");
        Assert.Contains(reminders, r => r.Command.Reference == "CR-2027-0002");
    }

    [Fact]
    public async Task A_person_recording_something_wakes_the_review_at_once()
    {
        var prefix = "T" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await CreateAsync(prefix, Path.Combine(Path.GetTempPath(), prefix + ".clock"));
        await host.StartAsync("CR-2027-0003", Start);
        await host.Runner.WaitUntilQuietAsync(default);

        var chair = host.App.Services.GetRequiredService<BoardPeople>().Find("chair")!.Caller;
        Assert.Equal(202, (await host.Api.PostEventAsync(chair, "CR-2027-0003", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"criteria met"}""", default)).Status);
        await host.Runner.WaitUntilQuietAsync(default);

        Assert.Contains(host.Commands.Ran, r => r.Command is SendNotice { Step: "national-notification" } && r.At == Start);
    }

    [Fact]
    public async Task After_a_restart_every_review_carries_on_and_nothing_is_sent_twice()
    {
        var prefix = "T" + Guid.NewGuid().ToString("N")[..10];
        var clockFile = Path.Combine(Path.GetTempPath(), prefix + ".clock");
        List<(DateTimeOffset At, ReviewCommand Command)> before;
        await using (var first = await CreateAsync(prefix, clockFile))
        {
            await first.StartAsync("CR-2027-0004", Start);
            await first.Runner.WaitUntilQuietAsync(default);
            await first.Runner.AdvanceAsync(Start.AddDays(2), default);
            before = [.. first.Commands.Ran];
        }

        await using var second = await CreateAsync(prefix, clockFile);
        Assert.Equal(Start.AddDays(2), second.Clock.GetUtcNow());
        await second.Scheduler.ResumeAsync(second.App.Services.GetRequiredService<IReviewIndex>(), virtualClock: true, default);
        await second.Runner.WaitUntilQuietAsync(default);
        await second.Runner.AdvanceAsync(Start.AddDays(6), default);

        var after = second.Commands.Ran.ToList();
        Assert.Contains(after, r => r.Command is EscalateToManager);
        Assert.DoesNotContain(after, r => r.Command is SendNotice);
        var reminders = before.Concat(after).Select(r => r.Command).OfType<RemindOwner>().Select(r => (r.Step, r.Instant)).ToList();
        Assert.Equal(reminders.Count, reminders.Distinct().Count());
    }

    [Fact]
    public async Task A_review_whose_orchestration_was_lost_starts_again_from_its_events_without_repeating_notices()
    {
        var prefix = "T" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await CreateAsync(prefix, Path.Combine(Path.GetTempPath(), prefix + ".clock"));
        var engine = host.App.Services.GetRequiredService<LocalEngine>();
        await host.StartAsync("CR-2027-0005", Start);
        await host.Runner.WaitUntilQuietAsync(default);
        var sentBefore = host.Commands.Ran.Count(r => r.Command is SendNotice);
        Assert.True(sentBefore > 0);

        // As if Azurite lost the task hub's last writes on a kill: the orchestration is gone, the review's events are not.
        await engine.Client.TerminateInstanceAsync(new DurableTask.Core.OrchestrationInstance { InstanceId = "CR-2027-0005" }, "test: lose the orchestration");
        for (var waited = 0; (await engine.StateAsync("CR-2027-0005"))?.OrchestrationStatus != DurableTask.Core.OrchestrationStatus.Terminated && waited < 300; waited++)
        {
            await Task.Delay(50);
        }

        await engine.Service.PurgeInstanceHistoryAsync("CR-2027-0005");
        Assert.Null(await engine.StateAsync("CR-2027-0005"));

        await host.Scheduler.ResumeAsync(host.App.Services.GetRequiredService<IReviewIndex>(), virtualClock: true, default);
        await host.Runner.WaitUntilQuietAsync(default);
        await host.Runner.AdvanceAsync(Start.AddDays(4), default);

        Assert.Equal(DurableTask.Core.OrchestrationStatus.Running, (await engine.StateAsync("CR-2027-0005"))?.OrchestrationStatus);
        Assert.Equal(sentBefore, host.Commands.Ran.Count(r => r.Command is SendNotice));
        Assert.Contains(host.Commands.Ran, r => r.Command is RemindOwner or EscalateToManager);
    }
}
