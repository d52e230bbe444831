using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Notices;
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
        Service = new ReviewService(Engine, new ReviewRepository(Engine, Storage.Events, Storage.Snapshots, NullLogger<ReviewRepository>.Instance), Storage.Index, Clock, NullLogger<ReviewService>.Instance);
        Api = new ReviewApi(Service, Scheduler, Clock, PartnershipDomains.Of(["board.example"]), Issued);
    }

    public IssuedByIntake Issued { get; } = new();

    public MovableClock Clock { get; } = new(new DateTimeOffset(2027, 2, 8, 10, 0, 0, TimeSpan.Zero));

    public RecordingScheduler Scheduler { get; } = new();

    public ReviewStorage Storage { get; }

    public ReviewEngine Engine { get; }

    public ReviewService Service { get; }

    public ReviewApi Api { get; }

    public static string StartBody(string reference, string kind = "scr", string nation = "england") => $$"""
        {"reference":"{{reference}}","kind":"{{kind}}","nation":"{{nation}}","incidentDate":"2027-02-06","agencies":["Police","Health"]}
        """;

    /// <summary>A review imported by the administrator under a reference intake issued for a referral received at 10:00.</summary>
    public async Task<string> StartAsync(string reference = "CR-2027-0001")
    {
        Issued.Issue(reference, new DateTimeOffset(2027, 2, 8, 10, 0, 0, TimeSpan.Zero));
        var response = await Api.StartAsync(Callers.Admin, StartBody(reference), default);
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

    public ConcurrentQueue<string> Restarted { get; } = new();

    public Task EnsureRunningAsync(string reference, CancellationToken cancellationToken)
    {
        Started.Enqueue(reference);
        return Task.CompletedTask;
    }

    public Task RestartAsync(string reference, CancellationToken cancellationToken)
    {
        Restarted.Enqueue(reference);
        return Task.CompletedTask;
    }

    public Task NotifyChangedAsync(string reference, CancellationToken cancellationToken)
    {
        Changed.Enqueue(reference);
        return Task.CompletedTask;
    }
}

/// <summary>The intake register's issued references, as a test sets them.</summary>
internal sealed class IssuedByIntake : IIssuedReferences
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _issued = new(StringComparer.Ordinal);

    public void Issue(string reference, DateTimeOffset receivedAt) => _issued[reference] = receivedAt;

    public Task<DateTimeOffset?> ReceivedAtAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(_issued.TryGetValue(reference, out var at) ? at : (DateTimeOffset?)null);
}

/// <summary>The Board's people as the sign-in service would name them, on the partnership domain board.example.</summary>
internal static class Callers
{
    public static readonly Caller Admin = Of("admin@board.example", BoardRoles.Admin);
    public static readonly Caller Manager = Of("bm@board.example", BoardRoles.Manager);
    public static readonly Caller Chair = Of("chair@board.example", BoardRoles.Chair);
    public static readonly Caller Auditor = Of("inspector@board.example", BoardRoles.Auditor);
    public static readonly Caller PanelChair = Of("panel@board.example", BoardRoles.Participant);

    public static Caller Of(string email, params string[] roles) => new("oid-" + email, email.Split('@')[0], email, roles.ToHashSet(StringComparer.Ordinal));
}
