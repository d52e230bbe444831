using ReviewFunctions.Domain.Notices;
namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>Loads a review's particulars (names, aliases, addresses, dates of birth) for anonymisation.</summary>
public interface IReviewParticularsStore
{
    /// <summary>The particulars built from the review's stored referral, or null if the review has none.</summary>
    Task<ReviewParticulars?> GetAsync(string reference, CancellationToken ct);
}
