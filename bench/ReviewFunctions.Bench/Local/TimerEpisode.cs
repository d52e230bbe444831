namespace ReviewFunctions.Bench.Local;

/// <summary>
/// The storage requests one durable timer chunk costs in the Durable Task Azure Storage backend, from how that backend
/// works (Azure/durabletask, src/DurableTask.AzureStorage: the timer is a control-queue message made visible at its
/// instant; the episode it starts loads the history, appends to it and updates the instance row, then deletes the
/// message). Neither measured (the local host wakes reviews by events, not durable timers) nor checked request by
/// request against that source.
/// </summary>
/// <remarks>
/// An upper bound per firing: one get-messages request can take up to 32 messages, so firings at the same 09:00 share
/// it, and a worker holding the orchestration in memory (extended sessions) skips the history query.
/// </remarks>
internal static class TimerEpisode
{
    /// <summary>Per chunk: its scheduled message put (when the timer or the chunk before it is set), then the episode it starts.</summary>
    public static IReadOnlyList<(string Request, BillingCategory Category)> Requests { get; } =
    [
        ("put message (the chunk's scheduled timer message)", BillingCategory.QueueOperations),
        ("get messages (the control queue hands it over)", BillingCategory.QueueOperations),
        ("query (the History table, the orchestration's events)", BillingCategory.TableTransactions),
        ("batch (the History table, TimerFired and the episode's events)", BillingCategory.TableTransactions),
        ("merge (the Instances table, the instance's status)", BillingCategory.TableTransactions),
        ("delete message (the control queue)", BillingCategory.QueueOperations),
    ];

    public static int Count(BillingCategory category) => Requests.Count(r => r.Category == category);
}
