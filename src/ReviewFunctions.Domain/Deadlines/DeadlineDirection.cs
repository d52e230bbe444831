namespace ReviewFunctions.Domain.Deadlines;

/// <summary>Most deadlines run forward from their anchor; notice periods ("at least a week before publication") run back.</summary>
public enum DeadlineDirection
{
    After,
    Before,
}
