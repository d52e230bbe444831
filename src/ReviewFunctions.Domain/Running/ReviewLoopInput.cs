namespace ReviewFunctions.Domain.Running;

/// <summary>All the loop carries across a restart: the review is rebuilt from its events each time it is needed.</summary>
/// <param name="FailedRounds">Rounds in a row whose commands failed, so the wait before the next try keeps growing.</param>
public sealed record ReviewLoopInput(string Reference, int Rounds = 0, int FailedRounds = 0);
