using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Chronology;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>
/// The integrated chronology over HTTP, for both hosts: agencies send theirs in; the panel reads the merged timeline,
/// as JSON, CSV or a Word table. The timeline goes only to those who may read the review, and leaves the partnership
/// only anonymised: the anonymised files are checked for every name, date of birth and address the review knows of,
/// and refused if one is left.
/// </summary>
public sealed class ChronologyApi(ReviewService reviews, ChronologyUploads uploads, ChronologySettings settings, IReviewParticularsStore particulars, PartnershipDomains partnership, TimeProvider time)
{
    /// <summary>A 10 MB file (the most a chronology may be), base64-encoded, inside its JSON.</summary>
    public const int MaxBodyBytes = 14 * 1024 * 1024;

    /// <summary><c>POST /api/reviews/{reference}/chronologies</c>: kept as evidence whether or not it can be read.</summary>
    public async Task<ApiResponse> SendAsync(Caller caller, string reference, string body, CancellationToken cancellationToken)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(body) > MaxBodyBytes)
        {
            return Problems.Of(413, "The request is too large", $"A chronology may be at most {ChronologyLimits.Default.MaxFileBytes / (1024 * 1024)} MB. Split the period it covers into two files.", reference);
        }

        var review = await reviews.LoadStateAsync(reference, cancellationToken);
        if (review is null)
        {
            return Problems.NotFound(reference);
        }

        var reader = ReviewPermissions.CanRead(caller, review.State);
        if (!reader.Allowed)
        {
            return Problems.Forbidden(reader.Refusal!, reference);
        }

        var (request, problem) = ChronologyUploadRequest.Read(body);
        if (request is null)
        {
            return Problems.BadRequest(problem!, reference);
        }

        var agency = review.State.Agencies.FirstOrDefault(a => string.Equals(a, request.Agency, StringComparison.OrdinalIgnoreCase));
        if (agency is null)
        {
            return Problems.BadRequest($"'{request.Agency}' was not asked to contribute to this review. Agencies asked: {string.Join(", ", review.State.Agencies)}.", reference);
        }

        var sender = ReviewPermissions.CanSendChronology(caller, review.State);
        if (!sender.Allowed)
        {
            return Problems.Forbidden(sender.Refusal!, reference);
        }

        var kept = await uploads.KeepAsync(reference, agency, request.FileName, request.Content, caller.Identity, time.GetUtcNow(), cancellationToken);
        if (!kept.Accepted)
        {
            var problems = kept.Reading.Problems.Select(p => p.Message).ToList();
            return Problems.Of(422, "The chronology cannot be used", $"The file was kept, but {(problems.Count == 1 ? "one thing needs" : $"{problems.Count} things need")} putting right before it can be merged; send it again once they are.", reference, problems);
        }

        return ApiJson.Ok(new { reference, agency, events = kept.Reading.Entries.Count, kept = kept.Path.Name }, 201);
    }

    /// <summary><c>GET /api/reviews/{reference}/chronology?agency=…</c>: the merged timeline, or one agency's lines of it.</summary>
    public async Task<ApiResponse> TimelineAsync(Caller caller, string reference, string? agency, CancellationToken cancellationToken)
    {
        var (view, refusal) = await ViewAsync(caller, reference, agency, cancellationToken);
        return view is null ? refusal! : ApiJson.Ok(ChronologyJson.Of(reference, view));
    }

    /// <summary><c>GET /api/reviews/{reference}/chronology.csv?anonymised=true</c>.</summary>
    public Task<(ApiDownload? File, ApiResponse? Refusal)> CsvAsync(Caller caller, string reference, string? anonymised, CancellationToken cancellationToken) =>
        FileAsync(caller, reference, anonymised, m => new ApiDownload("text/csv; charset=utf-8", ChronologyCsvWriter.WriteUtf8(m), $"{reference}-chronology.csv"), cancellationToken);

    /// <summary><c>GET /api/reviews/{reference}/chronology.docx?anonymised=true</c>: the table the panel prints.</summary>
    public Task<(ApiDownload? File, ApiResponse? Refusal)> DocxAsync(Caller caller, string reference, string? anonymised, CancellationToken cancellationToken) =>
        FileAsync(caller, reference, anonymised, m => new ApiDownload(ChronologyFiles.DocxType, ChronologyDocxWriter.Write(m, reference), $"{reference}-chronology.docx"), cancellationToken);

    /// <summary>
    /// The merged timeline of the latest usable chronology from each agency, and every file sent in: for those inside the
    /// partnership only (their e-mail in its domains); anyone else may have the anonymised copy.
    /// </summary>
    public Task<(ChronologyView? View, ApiResponse? Refusal)> ViewAsync(Caller caller, string reference, string? agency, CancellationToken cancellationToken) =>
        partnership.Includes(caller.Email)
            ? MergeAsync(caller, reference, agency, cancellationToken)
            : Task.FromResult<(ChronologyView?, ApiResponse?)>((null, OutsideThePartnership(caller, reference)));

    /// <summary>The same, for a page that has the review already: it is not read again.</summary>
    public Task<(ChronologyView? View, ApiResponse? Refusal)> ViewAsync(Caller caller, ReviewState review, string? agency, CancellationToken cancellationToken) =>
        partnership.Includes(caller.Email)
            ? MergeAsync(caller, review, agency, cancellationToken)
            : Task.FromResult<(ChronologyView?, ApiResponse?)>((null, OutsideThePartnership(caller, review.Reference)));

    private async Task<(ChronologyView? View, ApiResponse? Refusal)> MergeAsync(Caller caller, string reference, string? agency, CancellationToken cancellationToken) =>
        await reviews.LoadStateAsync(reference, cancellationToken) is { } review
            ? await MergeAsync(caller, review.State, agency, cancellationToken)
            : (null, Problems.NotFound(reference));

    private async Task<(ChronologyView? View, ApiResponse? Refusal)> MergeAsync(Caller caller, ReviewState state, string? agency, CancellationToken cancellationToken)
    {
        var reference = state.Reference;
        var permission = ReviewPermissions.CanRead(caller, state);
        if (!permission.Allowed)
        {
            return (null, Problems.Forbidden(permission.Refusal!, reference));
        }

        var sent = await uploads.ListAsync(reference, cancellationToken);
        var latest = sent.Where(u => u.Accepted).GroupBy(u => u.Agency, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();
        var merged = ChronologyMerge.Merge(latest.SelectMany(u => u.Reading.Entries), settings.GapDays, state.IncidentDate);
        if (!string.IsNullOrWhiteSpace(agency))
        {
            if (!merged.Agencies.Contains(agency.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return (null, Problems.BadRequest($"No chronology from '{agency}' has been merged. Merged: {(merged.Agencies.Count == 0 ? "none yet" : string.Join(", ", merged.Agencies))}.", reference));
            }

            merged = ChronologyFilter.ForAgency(merged, agency.Trim());
        }

        return (new ChronologyView(merged, sent, state), null);
    }

    private async Task<(ApiDownload? File, ApiResponse? Refusal)> FileAsync(Caller caller, string reference, string? anonymised, Func<MergedChronology, ApiDownload> write, CancellationToken cancellationToken)
    {
        if (anonymised is not (null or "true" or "false"))
        {
            return (null, Problems.BadRequest("'anonymised' must be true or false.", reference));
        }

        var (view, refusal) = anonymised == "true" ? await MergeAsync(caller, reference, null, cancellationToken) : await ViewAsync(caller, reference, null, cancellationToken);
        if (view is null)
        {
            return (null, refusal);
        }

        if (anonymised != "true")
        {
            return (write(view.Merged), null);
        }

        if (await particulars.GetAsync(reference, cancellationToken) is not { } known)
        {
            return (null, Problems.Conflict("The review's referral is not kept, so the names to take out are not known: the chronology cannot be anonymised.", reference));
        }

        var anonymous = ChronologyAnonymiser.Anonymise(view.Merged, ChronologyAnonymiser.AliasesFor(known));
        var leaks = ChronologyAnonymiser.Leaks(anonymous, SensitiveDetails.Of(known, []));
        if (leaks.Count > 0)
        {
            return (null, Problems.Conflict($"After anonymising, the chronology still holds {string.Join(" and ", leaks.Select(LeakWords))}. Correct the agency's chronology and send it again; it has not been released.", reference));
        }

        var file = write(anonymous);
        return (file with { FileName = $"{reference}-chronology-anonymised{Path.GetExtension(file.FileName)}" }, null);
    }

    private static ApiResponse OutsideThePartnership(Caller caller, string reference) =>
        Problems.Forbidden($"The integrated chronology names the child and family, so it stays inside the partnership, and {caller.Identity} is not in one of its e-mail domains. Ask for the anonymised copy (chronology.csv?anonymised=true or chronology.docx?anonymised=true).", reference);

    private static string LeakWords(LeakKind kind) => kind switch
    {
        LeakKind.Name => "a name",
        LeakKind.DateOfBirth => "a date of birth",
        _ => "an address",
    };
}

/// <summary>The merged timeline with the files it was made from, and the review they belong to.</summary>
public sealed record ChronologyView(MergedChronology Merged, IReadOnlyList<ChronologyUpload> Sent, ReviewState Review);
