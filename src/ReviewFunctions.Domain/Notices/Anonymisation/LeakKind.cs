namespace ReviewFunctions.Domain.Notices;

/// <summary>The kind of detail that must not reach a body outside the partnership. Reports name the kind, never the detail.</summary>
public enum LeakKind
{
    Name,
    DateOfBirth,
    Address,
}
