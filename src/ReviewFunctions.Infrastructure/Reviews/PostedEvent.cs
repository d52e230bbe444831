using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>
/// A person's posted event as read: the event (its <c>by</c> the signed-in caller), or what is wrong with the body, or
/// that it named someone other than the caller as having done it.
/// </summary>
public sealed record PostedEvent(ReviewEvent? Event, string? Problem, string? Justification, bool Spoofed = false)
{
    public static PostedEvent Invalid(string problem) => new(null, problem, null);
}
