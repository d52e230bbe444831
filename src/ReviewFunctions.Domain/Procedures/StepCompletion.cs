namespace ReviewFunctions.Domain.Procedures;

/// <summary>What marks a step as done.</summary>
public enum StepCompletion
{
    /// <summary>A person records it.</summary>
    Manual,

    /// <summary>The referral reaching the Board: a step such as "send the referral form" is done by its arrival.</summary>
    ReferralReceived,

    /// <summary>Recording the decision whether to hold a review.</summary>
    Decision,

    /// <summary>Every notice of the step has been sent.</summary>
    NoticesSent,

    /// <summary>Every agency asked has answered: involved or a nil return, and records secured.</summary>
    AgenciesResponded,

    /// <summary>The action plan is agreed with its actions (who, what, by when, outcome).</summary>
    ActionPlanAgreed,

    /// <summary>A named person decided whether the review's records stay locked or are released.</summary>
    RecordsDecided,

    /// <summary>The Board signs off the action plan, which ends the review.</summary>
    SignOff,

    /// <summary>
    /// The report's publication is recorded with its date and link. An embargo while criminal proceedings run holds this
    /// step, and the steps counted back from it, until it is lifted.
    /// </summary>
    Published,
}
