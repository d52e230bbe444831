using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Local.SignIn;

/// <summary>One of the local Board's people, as the sign-in picker lists them: a short key and who they are.</summary>
public sealed record BoardPerson(string Key, Caller Caller)
{
    public string Describe() => $"{Caller.Name} ({string.Join(", ", Caller.Roles.Order(StringComparer.Ordinal))})";
}
