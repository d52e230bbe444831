namespace ReviewFunctions.Domain.Procedures;

/// <summary>A notice a step sends: to directory entries or roles, automatically or once a person confirms.</summary>
public sealed record NoticeDefinition(string Id, IReadOnlyList<string> To, NoticeSending Send);

public enum NoticeSending
{
    /// <summary>Sent as soon as the step opens: the system already has what it needs.</summary>
    Automatic,

    /// <summary>Sent when a person confirms.</summary>
    Confirm,
}
