namespace ReviewFunctions.Domain.Reviews;

/// <summary>Overdue is not a status of its own: it is an open step whose deadline has passed at a given instant.</summary>
public enum StepStatus
{
    /// <summary>Its clock has not started: the anchor has not happened, or the review has not been decided yet.</summary>
    Pending,
    Open,
    Done,

    /// <summary>Not needed: the decision was not to hold a review, or the review ended first.</summary>
    Waived,
}
