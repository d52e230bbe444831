namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>The folder a review document lives in. Evidence is write-once.</summary>
public enum DocumentCategory
{
    Referral,
    Letters,
    Quarantine,
    Evidence,
}
