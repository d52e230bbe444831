namespace ReviewFunctions.Domain.Access;

/// <summary>Whether a caller may do something on a review: the role they act in, or what they are missing.</summary>
public sealed record AccessDecision(string? ActingAs, string? Refusal)
{
    public bool Allowed => Refusal is null;

    public static AccessDecision As(string role) => new(role, null);

    public static AccessDecision Refused(string reason) => new(null, reason);
}
