using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Access;

/// <summary>The first check on every request: is someone signed in, and do they hold a role that opens the route.</summary>
public static class AccessGate
{
    /// <summary>Null when the request may go on; otherwise the 401 or 403 answer that says what is missing.</summary>
    public static ApiResponse? Check(RouteAccess route, string? principalHeader, out Caller? caller)
    {
        var (read, problem) = ClientPrincipal.Read(principalHeader);
        caller = read;
        return Check(route, read, problem);
    }

    /// <param name="problem">Why the caller's sign-in could not be read, if it could not.</param>
    public static ApiResponse? Check(RouteAccess route, Caller? caller, string? problem)
    {
        if (route.Anonymous)
        {
            return null;
        }

        if (caller is null)
        {
            return Problems.Of(401, "Sign in first", problem ?? $"{route.What} needs you to be signed in.");
        }

        return route.Allows(caller) ? null : Problems.Forbidden($"{route.What} needs one of these roles: {string.Join(", ", route.Roles)}. You are signed in as {caller.Identity} with {RolesOf(caller)}.");
    }

    private static string RolesOf(Caller caller) => caller.Roles.Count == 0 ? "no roles" : "the roles " + string.Join(", ", caller.Roles.Order(StringComparer.Ordinal));
}
