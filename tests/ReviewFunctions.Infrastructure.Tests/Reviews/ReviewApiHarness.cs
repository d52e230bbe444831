using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Reviews;

/// <summary>The review API on private tables in Azurite, with a clock the test moves and a scheduler that records calls.</summary>
internal sealed class ReviewApiHarness
{
    public ReviewApiHarness(AzuriteFixture azurite)
    {
        Storage = TestStorage.Create(azurite.Connection);
        Engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        Service = new ReviewService(Engine, new ReviewRepository(Engine, Storage.Events), Storage.Index, Clock, NullLogger<ReviewService>.Instance);
        Api = new ReviewApi(Service, Scheduler, Clock);
    }

    public MovableClock Clock { get; } = new(new DateTimeOffset(2027, 2, 8, 10, 0, 0, TimeSpan.Zero));

    public RecordingScheduler Scheduler { get; } = new();

    public ReviewStorage Storage { get; }

    public ReviewEngine Engine { get; }

    public ReviewService Service { get; }

    public ReviewApi Api { get; }

    public static string StartBody(string reference, string kind = "scr", string nation = "england") => $$"""
        {"reference":"{{reference}}","kind":"{{kind}}","nation":"{{nation}}","receivedAt":"2027-02-08T10:00:00Z",
         "incidentDate":"2027-02-06","agencies":["Police","Health"],"by":"intake"}
        """;

    public async Task<string> StartAsync(string reference = "CR-2027-0001")
    {
        var response = await Api.StartAsync(StartBody(reference), default);
        Assert.Equal(202, response.Status);
        return reference;
    }

    public static JsonElement Json(ApiResponse response) => JsonDocument.Parse(response.Body).RootElement.Clone();
}

internal sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

internal sealed class RecordingScheduler : IReviewScheduler
{
    public ConcurrentQueue<string> Started { get; } = new();

    public ConcurrentQueue<string> Changed { get; } = new();

    public Task EnsureRunningAsync(string reference, CancellationToken cancellationToken)
    {
        Started.Enqueue(reference);
        return Task.CompletedTask;
    }

    public Task NotifyChangedAsync(string reference, CancellationToken cancellationToken)
    {
        Changed.Enqueue(reference);
        return Task.CompletedTask;
    }
}
