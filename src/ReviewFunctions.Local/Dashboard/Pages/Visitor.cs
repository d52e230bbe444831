using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// Who is looking at a page, as the sign-in gate found them (nobody yet on the sign-in page), and the page's own
/// address, so that changing who they act as brings them back to it.
/// </summary>
public sealed record Visitor(Caller? Caller, string Here)
{
    /// <summary>"Priya Shah (Board.Manager)": the name and the roles the sign-in gave, as the Board assigned them.</summary>
    public string? Describe() =>
        Caller is null ? null : $"{Caller.Name} ({(Caller.Roles.Count == 0 ? "no roles" : string.Join(", ", Caller.Roles.Order(StringComparer.Ordinal)))})";
}
