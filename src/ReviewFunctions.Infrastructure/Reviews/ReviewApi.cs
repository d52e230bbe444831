using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// The review HTTP API, independent of any host: the Functions app and the local host both route to these methods,
/// so they answer exactly alike.
/// </summary>
public sealed class ReviewApi(ReviewService reviews, IReviewScheduler scheduler, TimeProvider time)
{
    /// <summary>No legitimate body comes near this; a bigger one is refused before it is parsed.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const int MaxPageSize = 200;

    /// <summary><c>POST /api/reviews</c>.</summary>
    public async Task<ApiResponse> StartAsync(string body, CancellationToken cancellationToken)
    {
        if (TooLarge(body))
        {
            return Problems.TooLarge(MaxBodyBytes);
        }

        var (referral, problems) = ReviewStartRequest.Read(body);
        if (referral is null)
        {
            return Problems.Of(400, "The request is not valid", string.Join(" ", problems), errors: problems);
        }

        var result = await new ReviewStarter(reviews, scheduler).StartAsync(referral, cancellationToken);
        return result switch
        {
            { Started: true } => ApiJson.Ok(new { reviewReference = referral.Reference }, 202),
            { AlreadyStarted: true } => ApiJson.Ok(new { reviewReference = referral.Reference }),
            _ => Problems.BadRequest(result.Rejection!.Message, referral.Reference),
        };
    }

    /// <summary><c>GET /api/reviews?open=true&amp;kind=scr&amp;pageSize=50&amp;continuation=…</c>.</summary>
    public async Task<ApiResponse> ListAsync(string? open, string? kind, string? pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var size = 100;
        if (pageSize is not null && (!int.TryParse(pageSize, System.Globalization.CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize))
        {
            return Problems.BadRequest($"'pageSize' must be a whole number from 1 to {MaxPageSize}.");
        }

        if (open is not (null or "true" or "false"))
        {
            return Problems.BadRequest("'open' must be true or false.");
        }

        ReviewIndexPage page;
        try
        {
            page = await reviews.ListAsync(new ReviewIndexQuery(open == "true", kind), size, continuation, cancellationToken);
        }
        catch (ArgumentException e)
        {
            return Problems.BadRequest(e.Message);
        }

        return ApiJson.Ok(new
        {
            reviews = page.Items.Select(i => new
            {
                reference = i.Entry.Reference,
                kind = i.Entry.Kind,
                nation = i.Entry.Nation,
                stage = i.Entry.Stage,
                nextDueStep = i.Entry.NextDueStep,
                nextDue = i.Entry.NextDue,
                overdueCount = i.Entry.OverdueCount,
                finished = i.Entry.Finished,
                updatedAt = i.Entry.UpdatedAt,
            }),
            continuation = page.Continuation,
        });
    }

    /// <summary><c>GET /api/reviews/{reference}</c>.</summary>
    public async Task<ApiResponse> GetAsync(string reference, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadAsync(reference, cancellationToken);
        return review is null ? Problems.NotFound(reference) : ApiJson.Ok(ReviewView.Of(reviews.Engine, review, time.GetUtcNow()));
    }

    /// <summary><c>GET /api/reviews/{reference}/history</c>.</summary>
    public async Task<ApiResponse> HistoryAsync(string reference, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadAsync(reference, cancellationToken);
        if (review is null)
        {
            return Problems.NotFound(reference);
        }

        var history = review.History.Select(h => new
        {
            sequence = h.Sequence,
            recordedAt = h.RecordedAt,
            @event = System.Text.Json.JsonSerializer.SerializeToElement(h.Event, ReviewJson.Options),
        });
        return ApiJson.Ok(new { reference, events = history });
    }

    /// <summary><c>POST /api/reviews/{reference}/events</c>: a person's input, checked by the decider before it is recorded.</summary>
    public async Task<ApiResponse> PostEventAsync(string reference, string body, CancellationToken cancellationToken)
    {
        if (TooLarge(body))
        {
            return Problems.TooLarge(MaxBodyBytes);
        }

        var (e, problem) = PersonEvents.Read(body, time.GetUtcNow());
        if (e is null)
        {
            return Problems.BadRequest(problem!, reference);
        }

        var result = await reviews.RecordAsync(reference, e, cancellationToken);
        if (result.Status == RecordStatus.Recorded)
        {
            await scheduler.NotifyChangedAsync(reference, cancellationToken);
        }

        return result.Status switch
        {
            RecordStatus.NotFound => Problems.NotFound(reference),
            RecordStatus.Rejected when result.Rejection!.Kind == RejectionKind.Conflict => Problems.Conflict(result.Rejection.Message, reference),
            RecordStatus.Rejected => Problems.BadRequest(result.Rejection!.Message, reference),
            _ => ApiJson.Ok(new
            {
                reference,
                version = result.Version,
                recorded = System.Text.Json.JsonSerializer.SerializeToElement(result.Recorded!, ReviewJson.Options),
            }, 202),
        };
    }

    private static bool TooLarge(string body) => System.Text.Encoding.UTF8.GetByteCount(body) > MaxBodyBytes;
}
