namespace ReviewFunctions.Domain.Procedures;

/// <summary>How sure we are of a step's numbers; unverified ones are shown as such so a Board checks them.</summary>
public enum Confidence
{
    Seed,
    Verified,
    Unverified,
}
