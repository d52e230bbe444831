using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Reads the referral stored once at intake (<c>{reference}/referral/referral.json</c>) and builds the particulars
/// from it, so names are kept in one place and the aliases are the same every time they are asked for.
/// </summary>
public sealed class DocumentReviewParticularsStore(IReviewDocumentStore documents) : IReviewParticularsStore
{
    public async Task<ReviewParticulars?> GetAsync(string reference, CancellationToken ct)
    {
        var stored = await documents.GetAsync(IntakeDocuments.Referral(reference), ct).ConfigureAwait(false);
        return stored is null ? null : ReviewParticularsBuilder.From(ReferralJson.Deserialize(stored.Content.Span));
    }
}
