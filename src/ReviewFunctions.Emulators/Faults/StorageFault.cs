namespace ReviewFunctions.Emulators.Faults;

/// <summary>What the fault proxy does to one request to storage.</summary>
public enum StorageFaultKind
{
    /// <summary>Passed through untouched.</summary>
    None,

    /// <summary>503 Server Busy with Retry-After, as a storage account answers when it is over its targets.</summary>
    ServerBusy,

    /// <summary>429 Too Many Requests with Retry-After, as Azure's front ends answer a throttled caller.</summary>
    Throttled,

    /// <summary>The connection is cut before the request reaches storage: nothing was done.</summary>
    DroppedBeforeStorage,

    /// <summary>Storage did the work, then the connection is cut before the answer: the caller cannot know it was done.</summary>
    DroppedAfterStorage,

    /// <summary>Passed through after a pause.</summary>
    Slow,
}

/// <param name="Delay">How long a <see cref="StorageFaultKind.Slow"/> request is held.</param>
public sealed record StorageFault(StorageFaultKind Kind, TimeSpan Delay)
{
    public static readonly StorageFault None = new(StorageFaultKind.None, TimeSpan.Zero);
}
