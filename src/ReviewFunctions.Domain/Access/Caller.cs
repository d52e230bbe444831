namespace ReviewFunctions.Domain.Access;

/// <summary>
/// Who is asking, as the sign-in service vouches for them: a person (with an e-mail address) or an application (the
/// intake mailbox reader), and the Board roles they hold. Never read from a request body.
/// </summary>
public sealed record Caller(string ObjectId, string Name, string? Email, IReadOnlySet<string> Roles)
{
    /// <summary>How the caller is named in a recorded event's <c>by</c>: the e-mail address, or an application's name.</summary>
    public string Identity => Email ?? Name;

    public bool Has(string role) => Roles.Contains(role);

    public bool HasAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    /// <summary>True when <paramref name="by"/> names this caller (addresses compare without regard to case).</summary>
    public bool Is(string? by) => by is not null && string.Equals(by.Trim(), Identity, StringComparison.OrdinalIgnoreCase);
}
