namespace ReviewFunctions.Emulators.CaseFiles;

/// <summary>Where the local run keeps case files, and the label it records in place of SharePoint's retention label.</summary>
public sealed class LocalCaseFileVaultOptions
{
    /// <summary>The folder holding one sub-folder per review.</summary>
    public required string Root { get; init; }

    public string RetentionLabel { get; init; } = "Case review record";

    /// <summary>Kept beside each record for the record: 35 years after the review (Pan-Dorset procedure §1.18) unless configured otherwise.</summary>
    public int RetentionYears { get; init; } = 35;
}
