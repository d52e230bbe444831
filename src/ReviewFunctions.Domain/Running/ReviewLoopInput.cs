namespace ReviewFunctions.Domain.Running;

/// <summary>All the loop carries across a restart: the review is rebuilt from its events each time it is needed.</summary>
public sealed record ReviewLoopInput(string Reference, int Rounds = 0);
