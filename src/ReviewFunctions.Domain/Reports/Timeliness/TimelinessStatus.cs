namespace ReviewFunctions.Domain.Reports.Timeliness;

/// <summary>How a step that fell due stands against its deadline.</summary>
public enum TimelinessStatus
{
    /// <summary>Done before its deadline passed.</summary>
    OnTime,

    /// <summary>Done, but after its deadline.</summary>
    Late,

    /// <summary>Not done, and its deadline has passed.</summary>
    Overdue,

    /// <summary>Not done, and still in time.</summary>
    NotYetDue,
}
