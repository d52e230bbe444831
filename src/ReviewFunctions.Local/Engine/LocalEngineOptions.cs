namespace ReviewFunctions.Local.Engine;

/// <summary>
/// How the local host runs the Durable Task engine. The engine's defaults are for a fleet of machines sharing a busy
/// storage account; these are for one machine whose Azurite answers in a millisecond and whose user is waiting.
/// </summary>
public sealed record LocalEngineOptions
{
    /// <summary>The task hub named in host.json, so the tables and queues are the ones the Functions app uses.</summary>
    public string TaskHubName { get; init; } = "ReviewFunctions";

    /// <summary>
    /// One partition: one control queue to poll and one lease to hold. Partitions spread orchestrations over machines;
    /// here there is one machine, and Azurite (single-threaded) is the bottleneck, not the engine.
    /// </summary>
    public int PartitionCount { get; init; } = 1;

    /// <summary>
    /// Idle queues are polled at least this often. The engine backs off to 30 s by default, which would make a person's
    /// change wait up to half a minute, and a virtual-clock advance is a chain of short hops through idle queues. Measured
    /// here: at 20 ms an idle host and its Azurite used about 10% of a core each; at 100 ms about 7%, with a fortnight's
    /// advance of the sample review still about 6 s on a loaded machine.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The same worker name on every start: a restarted host takes its partition lease back at once, where a new name
    /// would wait about 30 s for the old lease to lapse.
    /// </summary>
    public string WorkerId { get; init; } = "review-functions-local";

    /// <summary>
    /// Keeps each review's orchestration in memory between its steps (the engine's extended sessions), instead of
    /// reading its history back from the table at every step: on Azurite this makes each of a review's steps about
    /// three times quicker, which is what lets a Board move the clock a fortnight in seconds. Azure's default is off,
    /// as there work moves between machines; here there is one machine.
    /// </summary>
    public bool KeepReviewsInMemory { get; init; } = true;

    /// <summary>
    /// How long a message the engine has taken stays hidden from other readers. A host killed mid-round leaves its
    /// taken messages hidden for this long before its next start can see them; the default of five minutes would stall
    /// every review for five minutes after a kill. The engine renews the hiding of work that takes longer.
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long a review's orchestration stays in memory with nothing to do. The engine's default of 30 s made a review
    /// that waited longer than that for its next wake (every review, in a caseload of a hundred) read its whole history
    /// back from the table, and Azurite answers a table query by scanning the table, so each wake cost more as the task
    /// hub grew. An hour keeps a Board's working session in memory: 100 reviews hold a few megabytes.
    /// </summary>
    public TimeSpan ReviewIdleInMemory { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Reviews whose orchestrations are in memory at once. Each one kept in memory holds one of these places while it
    /// waits, and a review that finds none free runs without its session, reading its history back on every step; a
    /// waiting orchestration costs no thread, so this is sized for a large Board's caseload, not for the cores.
    /// </summary>
    public int MaxReviewsInMemory { get; init; } = 1000;

    /// <summary>Activities run at once: two cores, and every activity ends in an Azurite or mail round trip.</summary>
    public int MaxConcurrentWorkItems { get; init; } = 8;
}
