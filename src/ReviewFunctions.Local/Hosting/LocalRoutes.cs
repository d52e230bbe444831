using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Emulators.Mail;
using ReviewFunctions.Health;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Chronology;
using ReviewFunctions.Infrastructure.Health;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Reports;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Hosting;

/// <summary>The Functions app's HTTP API served locally, plus the routes only a local host has (health, the clock).</summary>
public static partial class LocalRoutes
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/reviews", async (HttpContext http, ReviewApi api) => await WriteAsync(http, await api.StartAsync(SignedInCaller.Required(http), await BodyAsync(http), http.RequestAborted)));
        app.MapGet("/api/reviews", async (HttpContext http, ReviewApi api) =>
            await WriteAsync(http, await api.ListAsync(SignedInCaller.Required(http), http.Request.Query["open"], http.Request.Query["kind"], http.Request.Query["pageSize"], http.Request.Query["continuation"], http.RequestAborted)));
        app.MapGet("/api/reviews/{reference}", async (HttpContext http, ReviewApi api, string reference) => await WriteAsync(http, await api.GetAsync(SignedInCaller.Required(http), reference, http.RequestAborted)));
        app.MapGet("/api/reviews/{reference}/history", async (HttpContext http, ReviewApi api, string reference) =>
            await WriteAsync(http, await api.HistoryAsync(SignedInCaller.Required(http), reference, http.RequestAborted)));
        app.MapPost("/api/reviews/{reference}/events", async (HttpContext http, ReviewApi api, string reference) =>
            await WriteAsync(http, await api.PostEventAsync(SignedInCaller.Required(http), reference, await BodyAsync(http), http.RequestAborted)));
        app.MapPost("/api/reviews/{reference}/chronologies", async (HttpContext http, ChronologyApi chronology, string reference) =>
            await WriteAsync(http, await chronology.SendAsync(SignedInCaller.Required(http), reference, await BodyAsync(http), http.RequestAborted)));
        app.MapGet("/api/reviews/{reference}/chronology", async (HttpContext http, ChronologyApi chronology, string reference) =>
            await WriteAsync(http, await chronology.TimelineAsync(SignedInCaller.Required(http), reference, http.Request.Query["agency"], http.RequestAborted)));
        app.MapGet("/api/reviews/{reference}/chronology.csv", async (HttpContext http, ChronologyApi chronology, string reference) =>
            await WriteAsync(http, await chronology.CsvAsync(SignedInCaller.Required(http), reference, http.Request.Query["anonymised"], http.RequestAborted)));
        app.MapGet("/api/reviews/{reference}/chronology.docx", async (HttpContext http, ChronologyApi chronology, string reference) =>
            await WriteAsync(http, await chronology.DocxAsync(SignedInCaller.Required(http), reference, http.Request.Query["anonymised"], http.RequestAborted)));
        app.MapGet("/api/reports/tracker.csv", async (HttpContext http, ReportApi reports) =>
            await WriteAsync(http, await reports.TrackerCsvAsync(SignedInCaller.Required(http), ReportQueryOf(http), http.RequestAborted)));
        app.MapGet("/api/reports/timeliness", async (HttpContext http, ReportApi reports) =>
            await WriteAsync(http, await reports.TimelinessAsync(SignedInCaller.Required(http), ReportQueryOf(http), http.RequestAborted)));
        app.MapGet("/api/reports/timeliness.csv", async (HttpContext http, ReportApi reports) =>
            await WriteAsync(http, await reports.TimelinessCsvAsync(SignedInCaller.Required(http), ReportQueryOf(http), http.RequestAborted)));
        return app;
    }

    internal static ReportQuery ReportQueryOf(HttpContext http) =>
        new(http.Request.Query["from"], http.Request.Query["to"], http.Request.Query["kind"], http.Request.Query["references"]);

    public static IEndpointRouteBuilder MapLocalApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", async (HttpContext http, ReviewTimekeeper runner, HealthChecks health, EngineWork work) =>
        {
            var dependencies = await health.CheckAsync(http.RequestAborted);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(
                new
                {
                    status = dependencies.Status,
                    service = HealthReport.ServiceName,
                    version = HealthReport.AppVersion,
                    checks = dependencies.Checks,
                    clock = new { mode = runner.IsVirtual ? "virtual" : "system", now = runner.Now },
                    reviewsRunning = runner.Running,
                    engine = new { episodes = work.Episodes, activities = work.Activities },
                },
                statusCode: dependencies.HttpStatus);
        });
        app.MapPost("/api/intake/email", async (HttpContext http, IntakePipeline intake, ILogger<IntakePipeline> log) =>
        {
            // The caller hears as soon as the referral holds its reference and is kept. Starting its review and
            // acknowledging its sender carry on apart from the request, whether or not the caller is still there: a
            // handler still running would hold its keep-alive connection, and the caller's next request behind it.
            var answer = new TaskCompletionSource<IntakeOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            var delivery = intake.ReceiveAsync(await BodyAsync(http), SentInBy(http), outcome => { answer.TrySetResult(outcome); return Task.CompletedTask; }, CancellationToken.None);
            if (await Task.WhenAny(answer.Task, delivery) == delivery && !answer.Task.IsCompleted)
            {
                await delivery;
            }

            _ = delivery.ContinueWith(d => LogDeliveryFailed(log, d.Exception!.InnerException!.GetType().Name), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            var response = IntakeHttp.ToResponse(await answer.Task);
            foreach (var (name, value) in response.Headers)
            {
                http.Response.Headers[name] = value;
            }

            return await WriteAsync(http, new ApiResponse(response.Status, response.ContentType, response.Body));
        });
        app.MapGet("/api/outbox", (MailOutbox outbox) => Results.Json(outbox.Messages.Select(LocalSendGridEndpoints.Listing)));
        app.MapGet("/api/casefiles/{reference}", async (HttpContext http, ICaseFileStore caseFiles, ReviewService reviews, string reference) =>
        {
            var review = await reviews.LoadStateAsync(reference, http.RequestAborted);
            if (review is not null && ReviewPermissions.CanRead(SignedInCaller.Required(http), review.State) is { Allowed: false } refused)
            {
                return await WriteAsync(http, Problems.Forbidden(refused.Refusal!, reference));
            }

            var contents = await caseFiles.GetAsync(reference, http.RequestAborted);
            return await WriteAsync(http, contents is null
                ? Problems.Of(404, "No case file", $"Review {reference} has no case file yet.", reference)
                : ApiJson.Ok(new
                {
                    reference,
                    folder = contents.Access.Folder,
                    access = contents.Access.People,
                    otherGrants = contents.OtherGrants,
                    files = contents.Records.Select(r => new { name = r.Name, size = r.Size, retentionLabel = r.RetentionLabel, locked = r.Locked }),
                }));
        });
        app.MapPost("/api/clock/advance", async (HttpContext http, ReviewTimekeeper runner) =>
        {
            var (target, problem) = ClockTarget(await BodyAsync(http), runner.Now);
            if (target is null)
            {
                return await WriteAsync(http, Problems.BadRequest(problem!));
            }

            if (!runner.IsVirtual)
            {
                return await WriteAsync(http, Problems.Of(409, "The clock cannot be moved", "This host runs on the system clock; start it with --clock virtual to move time."));
            }

            await runner.AdvanceAsync(target.Value, http.RequestAborted);
            return await WriteAsync(http, ApiJson.Ok(new { now = runner.Now }));
        });
        return app;
    }

    private static Actor SentInBy(HttpContext http)
    {
        var caller = SignedInCaller.Required(http);
        return Actor.Of(caller, ApiRoutes.IntakeEmail.RoleOf(caller));
    }

    /// <summary>Reads <c>{"to": instant}</c> or <c>{"by": ISO 8601 duration}</c>; the clock only moves forward.</summary>
    internal static (DateTimeOffset? Target, string? Problem) ClockTarget(string body, DateTimeOffset now)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("to", out var to) && to.ValueKind == JsonValueKind.String && to.TryGetDateTimeOffset(out var instant))
            {
                return instant >= now ? (instant, null) : (null, $"'to' {instant:O} is before the clock's time {now:O}; time only moves forward.");
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("by", out var by) && by.ValueKind == JsonValueKind.String)
            {
                var period = XmlConvert.ToTimeSpan(by.GetString()!);
                return period >= TimeSpan.Zero ? (now + period, null) : (null, "'by' must not be negative.");
            }
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return (null, $"The body must be {{\"to\":\"2027-03-10T09:00:00Z\"}} or {{\"by\":\"P3D\"}}: {e.Message}");
        }

        return (null, "The body must be {\"to\":\"2027-03-10T09:00:00Z\"} or {\"by\":\"P3D\"}.");
    }

    internal static async Task<string> BodyAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        return await reader.ReadToEndAsync(http.RequestAborted);
    }

    /// <summary>A file, or the problem that stopped it.</summary>
    internal static async Task<IResult> WriteAsync(HttpContext http, (ApiDownload? File, ApiResponse? Refusal) answer)
    {
        if (answer.File is not { } file)
        {
            return await WriteAsync(http, answer.Refusal!);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = file.ContentType;
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = file.FileName, DispositionType = "attachment" }.ToString();
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.WriteAsync(file.Content, http.RequestAborted);
        return Results.Empty;
    }

    internal static async Task<IResult> WriteAsync(HttpContext http, ApiResponse answer)
    {
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = answer.ContentType;
        await http.Response.WriteAsync(answer.Body, http.RequestAborted);
        return Results.Empty;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An intake delivery answered with its reference failed afterwards ({ExceptionType}); the sweep of unstarted referrals finishes it")]
    private static partial void LogDeliveryFailed(ILogger log, string exceptionType);
}
