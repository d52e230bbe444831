namespace ReviewFunctions.Bench.National;

/// <summary>Something a person on the Board means to do on a review at a planned instant.</summary>
/// <param name="Step">The step occurrence (its key) it is about, if any.</param>
/// <param name="Action">The action plan's action it completes, for <see cref="BoardMove.CompleteAction"/>.</param>
internal sealed record BoardAction(BoardMove Move, string? Step = null, string? Action = null);

internal enum BoardMove
{
    /// <summary>The business manager puts people on the review (the day it arrives, and once a review is to be held).</summary>
    AddMembers,

    /// <summary>Someone leaves the review: its case files are secured again for those who remain.</summary>
    RemoveMember,

    /// <summary>Do the step: record it, or confirm its notices, or whatever its completion asks.</summary>
    DoStep,

    /// <summary>The chair agrees a later due date for the step.</summary>
    AgreeExtension,

    /// <summary>Agree the action plan where no step of the procedure does.</summary>
    AgreeActionPlan,

    CompleteAction,

    SignOff,
}
