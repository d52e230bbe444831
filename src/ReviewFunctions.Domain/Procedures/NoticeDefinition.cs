namespace ReviewFunctions.Domain.Procedures;

/// <summary>A notice a step sends: to directory entries or roles, automatically or once a person confirms.</summary>
public sealed record NoticeDefinition(string Id, IReadOnlyList<string> To, NoticeSending Send);

public enum NoticeSending
{
    /// <summary>Sent as soon as the step opens: the system already has what it needs.</summary>
    Automatic,

    /// <summary>Sent when a person confirms.</summary>
    Confirm,

    /// <summary>
    /// Sent by itself at 09:00 on the step's due day: a report that goes at a set time, such as the chair's monthly
    /// progress report on the first working day of the month, not as soon as its step opens.
    /// </summary>
    OnDue,
}
