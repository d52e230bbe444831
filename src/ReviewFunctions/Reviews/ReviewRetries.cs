using Microsoft.DurableTask;

namespace ReviewFunctions.Reviews;

/// <summary>How many times, and how patiently, the review loop retries the activities that do its I/O.</summary>
/// <param name="Decide">Reading, deciding and recording: storage hiccups, retried quickly and often.</param>
/// <param name="Command">Mail and Graph: their outages last longer; once these are exhausted the decider asks again later.</param>
public sealed record ReviewRetries(RetryPolicy Decide, RetryPolicy Command)
{
    public static readonly ReviewRetries Standard = new(
        new RetryPolicy(6, TimeSpan.FromSeconds(5), 2.0, TimeSpan.FromMinutes(2)),
        new RetryPolicy(5, TimeSpan.FromSeconds(30), 2.0, TimeSpan.FromMinutes(10)));
}
