using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Reports;

/// <summary>
/// The reviews a report covers: every review of the Board the caller may read, optionally of one kind or only the
/// references asked for, each as it stands now.
/// </summary>
public sealed class BoardReviews(ReviewService reviews)
{
    private const int PageSize = 200;

    /// <summary>More references than this in one request is a list no person typed; it is refused, not cut short.</summary>
    public const int MaxReferences = 500;

    public ReviewEngine Engine => reviews.Engine;

    public async Task<IReadOnlyList<ReviewState>> LoadAsync(Caller caller, ReviewSelection selection, CancellationToken cancellationToken)
    {
        var states = new List<ReviewState>();
        string? continuation = null;
        do
        {
            var page = await reviews.ListAsync(new ReviewIndexQuery(false, selection.Kind), PageSize, continuation, cancellationToken);
            foreach (var entry in page.Items.Select(i => i.Entry).Where(e => selection.Includes(e.Reference)))
            {
                if (await reviews.LoadStateAsync(entry.Reference, cancellationToken) is { } review && ReviewPermissions.CanRead(caller, review.State).Allowed)
                {
                    states.Add(review.State);
                }
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        return states;
    }
}
