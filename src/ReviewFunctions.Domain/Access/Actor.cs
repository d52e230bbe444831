namespace ReviewFunctions.Domain.Access;

/// <summary>
/// Who recorded an event, kept beside it for the audit trail: the signed-in identity, the role they acted in, and
/// the reason they gave when acting for someone else or for a person outside the partnership.
/// </summary>
public sealed record Actor(string ObjectId, string Name, string? Email, string Role, string? Justification = null)
{
    /// <summary>The review's own loop: reminders, notices, case files, recorded by the system rather than a person.</summary>
    public static readonly Actor System = new("system", "ReviewFunctions", null, "system");

    public static Actor Of(Caller caller, string role, string? justification = null) =>
        new(caller.ObjectId, caller.Name, caller.Email, role, justification);
}
