using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Infrastructure.Access;

/// <summary>
/// Who may call one route: the Board roles that open it (none: anyone, signed in or not). Whether a participant is a
/// member of the review the route names is asked once the review is read, not here.
/// </summary>
public sealed record RouteAccess(string Method, string Path, IReadOnlyList<string> Roles, string What)
{
    public bool Anonymous => Roles.Count == 0;

    /// <summary>Whether a participant reaches this route only for the reviews they are a member of.</summary>
    public bool MembersOnly => Roles.Contains(BoardRoles.Participant);

    public bool Allows(Caller caller) => Anonymous || caller.HasAny(Roles);

    /// <summary>The role a caller the route let in acts in: the first of its roles they hold.</summary>
    public string RoleOf(Caller caller) => Roles.FirstOrDefault(caller.Has) ?? "signed in";

    public override string ToString() => $"{Method} {Path}";
}
