using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// The Durable Task engine Durable Functions runs on in Azure (DurableTask.Core with the Azure Storage provider), here
/// on the host's Azurite, running the Functions app's own <see cref="ReviewOrchestrator"/> loop and
/// <see cref="ReviewActivities"/> through the Durable Task SDK's shims. Started and stopped with the host.
/// </summary>
public sealed class LocalEngine : IHostedService, IAsyncDisposable
{
    private readonly AzureStorageOrchestrationService service;
    private readonly TaskHubWorker worker;
    private readonly ReviewActivities activities;
    private readonly ReviewWakeTracker tracker;
    private readonly bool virtualClock;
    private int stopped;

    public LocalEngine(string connectionString, LocalEngineOptions options, ReviewActivities activities, ReviewWakeTracker tracker, bool virtualClock, ILoggerFactory logs, EngineWork work)
    {
        this.activities = activities;
        this.tracker = tracker;
        this.virtualClock = virtualClock;
        service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHubName,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            WorkerId = options.WorkerId,
            ExtendedSessionsEnabled = options.KeepReviewsInMemory,
            ControlQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.MessageVisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentWorkItems,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxReviewsInMemory,
            ExtendedSessionIdleTimeout = options.ReviewIdleInMemory,
            LoggerFactory = logs,
        });
        worker = new TaskHubWorker(service, logs)
        {
            // As the Functions host runs isolated-worker orchestrations: a failure is kept as its type and message,
            // which is what an administrator reads, rather than as a serialised .NET exception.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddOrchestrationDispatcherMiddleware(async (_, next) =>
        {
            work.CountEpisode();
            await next();
        });
        worker.AddActivityDispatcherMiddleware(async (_, next) =>
        {
            work.CountActivity();
            await next();
        });

        Client = new TaskHubClient(service, new EngineDataConverter(), logs);
    }

    /// <summary>Starts, queries and sends events to orchestrations, encoding inputs and events as the worker reads them.</summary>
    public TaskHubClient Client { get; }

    /// <summary>The provider itself, for what the client does not offer: rewinding, purging, querying by status.</summary>
    public AzureStorageOrchestrationService Service => service;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync();
        worker.AddTaskOrchestrations(new ShimCreator<TaskOrchestration>(ReviewOrchestrator.Name, () =>
            DurableTaskShimFactory.Default.CreateOrchestration<ReviewLoopInput?, object?>(ReviewOrchestrator.Name, async (context, input) =>
            {
                var reference = input?.Reference ?? context.InstanceId;
                await ReviewOrchestrator.RunLoopAsync(context, input, ReviewRetries.Standard, new LocalAlarm(context, reference, virtualClock, tracker));
                return null;
            })));
        worker.AddTaskActivities(
            Activity<DecideRequest, DecideOutcome>(ReviewActivities.Decide, activities.DecideAsync),
            Activity<ReviewCommand, CommandOutcome>(ReviewActivities.RunCommand, activities.RunCommandAsync),
            Activity<RecordRequest, bool>(ReviewActivities.Record, activities.RecordAsync),
            Activity<AwakeReport, DateTimeOffset>(LocalAlarm.AwakeActivity, report => Task.FromResult(tracker.Awake(report.Reference, report.Nudge))));
        await worker.StartAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            // Not forced: the worker finishes or hands back what it holds, so the next start takes it up at once.
            await worker.StopAsync(isForced: false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        worker.Dispose();
    }

    /// <summary>The latest generation's state, or null when the review has no orchestration.</summary>
    public async Task<OrchestrationState?> StateAsync(string reference)
    {
        var states = await service.GetOrchestrationStateAsync(reference, allExecutions: false);
        return states.FirstOrDefault(s => s is not null);
    }

    private static ShimCreator<TaskActivity> Activity<TInput, TOutput>(string name, Func<TInput, Task<TOutput>> run) =>
        new(name, () => DurableTaskShimFactory.Default.CreateActivity<TInput, TOutput>(name, async (_, input) => await run(input!)));
}
