using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Running;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// The review HTTP API, independent of any host: the Functions app and the local host both route to these methods,
/// so they answer exactly alike. Each is given the signed-in caller the host's access gate let through; here is
/// decided what depends on the review itself (membership, who owns a step) and what the body may not say.
/// </summary>
public sealed class ReviewApi(ReviewService reviews, IReviewScheduler scheduler, TimeProvider time, PartnershipDomains partnership, IIssuedReferences issued)
{
    /// <summary>No legitimate body comes near this; a bigger one is refused before it is parsed.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const int MaxPageSize = 200;

    /// <summary>
    /// <c>POST /api/reviews</c>: a <see cref="BoardRoles.Admin"/> imports a review under a reference intake issued
    /// (a referral whose review never started). Reviews otherwise start from the intake mailbox only.
    /// </summary>
    public async Task<ApiResponse> StartAsync(Caller caller, string body, CancellationToken cancellationToken)
    {
        if (TooLarge(body))
        {
            return Problems.TooLarge(MaxBodyBytes);
        }

        var (request, problems) = ReviewStartRequest.Read(body);
        if (request is null)
        {
            return Problems.Of(400, "The request is not valid", string.Join(" ", problems), errors: problems);
        }

        if (request.By is not null && !caller.Is(request.By))
        {
            return Spoofed(caller);
        }

        if (await issued.ReceivedAtAsync(request.Reference!, cancellationToken) is not { } receivedAt)
        {
            return Problems.Forbidden($"{request.Reference} has not been issued by intake. Only intake gives references: e-mail the referral to the intake mailbox, or import under a reference it issued.", request.Reference);
        }

        var referral = request.ToReferral(receivedAt, caller.Identity);
        var result = await new ReviewStarter(reviews, scheduler).StartAsync(referral, Actor.Of(caller, BoardRoles.Admin, "Imported under a reference intake issued"), cancellationToken);
        return result switch
        {
            { Started: true } => ApiJson.Ok(new { reviewReference = referral.Reference }, 202),
            { AlreadyStarted: true } => ApiJson.Ok(new { reviewReference = referral.Reference }),
            _ => Problems.BadRequest(result.Rejection!.Message, referral.Reference),
        };
    }

    /// <summary><c>GET /api/reviews?open=true&amp;kind=scr&amp;pageSize=50&amp;continuation=…</c>.</summary>
    /// <remarks>A participant sees only the reviews they are a member of, so their pages may hold fewer than asked for.</remarks>
    public async Task<ApiResponse> ListAsync(Caller caller, string? open, string? kind, string? pageSize, string? continuation, CancellationToken cancellationToken)
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
            reviews = page.Items.Where(i => SeesEveryReview(caller) || i.Entry.HasMember(caller.Email)).Select(i => new
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
    public async Task<ApiResponse> GetAsync(Caller caller, string reference, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadStateAsync(reference, cancellationToken);
        return Refusal(caller, reference, review?.State) ?? ApiJson.Ok(ReviewView.Of(reviews.Engine, review!.State, review.Version, time.GetUtcNow()));
    }

    /// <summary><c>GET /api/reviews/{reference}/history</c>.</summary>
    /// <remarks>The audit trail: each event with who recorded it, in which role, and the reason they gave.</remarks>
    public async Task<ApiResponse> HistoryAsync(Caller caller, string reference, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadHistoryAsync(reference, cancellationToken);
        if (Refusal(caller, reference, review?.State) is { } refusal)
        {
            return refusal;
        }

        var history = review!.History.Select(h => new
        {
            sequence = h.Sequence,
            recordedAt = h.RecordedAt,
            actor = h.Actor ?? Actor.System,
            @event = System.Text.Json.JsonSerializer.SerializeToElement(h.Event, ReviewJson.Options),
        });
        return ApiJson.Ok(new { reference, events = history });
    }

    /// <summary><c>POST /api/reviews/{reference}/events</c>: a person's input, checked by the decider before it is recorded.</summary>
    public async Task<ApiResponse> PostEventAsync(Caller caller, string reference, string body, CancellationToken cancellationToken)
    {
        if (TooLarge(body))
        {
            return Problems.TooLarge(MaxBodyBytes);
        }

        var posted = PersonEvents.Read(body, time.GetUtcNow(), caller);
        if (posted.Spoofed)
        {
            return Spoofed(caller, reference);
        }

        if (posted.Event is null)
        {
            return Problems.BadRequest(posted.Problem!, reference);
        }

        var result = await reviews.RecordAsync(reference, posted.Event, new PersonRecording(caller, posted.Justification, partnership), cancellationToken);
        if (result.Status == RecordStatus.Recorded)
        {
            await scheduler.NotifyChangedAsync(reference, cancellationToken);
        }

        return result.Status switch
        {
            RecordStatus.NotFound => Problems.NotFound(reference),
            RecordStatus.Forbidden => Problems.Forbidden(result.Rejection!.Message, reference),
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

    private static bool SeesEveryReview(Caller caller) => caller.HasAny(BoardRoles.SeeEveryReview);

    /// <summary>Not found, or found but not the caller's to see: a participant who is not a member is told so.</summary>
    private static ApiResponse? Refusal(Caller caller, string reference, ReviewState? state)
    {
        if (state is null)
        {
            return Problems.NotFound(reference);
        }

        var permission = ReviewPermissions.CanRead(caller, state);
        return permission.Allowed ? null : Problems.Forbidden(permission.Refusal!, reference);
    }

    private static ApiResponse Spoofed(Caller caller, string? reference = null) =>
        Problems.Forbidden($"'by' must be you: you are signed in as {caller.Identity}. Leave 'by' out; who recorded it is taken from your sign-in.", reference);

    private static bool TooLarge(string body) => System.Text.Encoding.UTF8.GetByteCount(body) > MaxBodyBytes;
}
