namespace ReviewFunctions.Domain.Procedures;

/// <summary>Referral steps run whatever the decision; review steps only when a review is held; action-plan steps until sign-off.</summary>
public enum StepPhase
{
    Referral,
    Review,
    ActionPlan,
}
