using ReviewFunctions.Domain.Access;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// The signed-in person recording an event, the reason they gave for acting for someone else (if any), and the
/// partnership's domains that decide who is outside it.
/// </summary>
public sealed record PersonRecording(Caller Caller, string? Justification, PartnershipDomains Partnership)
{
    public AccessDecision Check(ReviewState review, Procedure procedure, ReviewEvent e) =>
        ReviewPermissions.CanRecord(Caller, review, procedure, e, Justification, Partnership.Includes);

    public Actor ActorFor(AccessDecision permission) =>
        Actor.Of(Caller, permission.ActingAs!, string.IsNullOrWhiteSpace(Justification) ? null : Justification.Trim());
}
