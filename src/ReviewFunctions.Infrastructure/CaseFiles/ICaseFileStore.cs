namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// A review's case file: one folder named by the review reference, open only to the review's members, holding its
/// records locked against change. SharePoint (through Microsoft Graph) in Azure, a folder on disk for the local run.
/// </summary>
public interface ICaseFileStore
{
    /// <summary>
    /// Creates the review's folder if it is not there yet, makes sure it no longer inherits the library's permissions,
    /// shares it with exactly <paramref name="members"/> (e-mail addresses) and takes access away from anyone else.
    /// Reads the permissions back afterwards and answers with who really has access.
    /// </summary>
    /// <exception cref="CaseFileAccessMismatchException">What was read back is not the intended member list; retry.</exception>
    /// <exception cref="CaseFileMemberNotFoundException">A member's address is not a user the case file can be shared with.</exception>
    Task<CaseFileAccess> SecureAsync(string reference, IReadOnlyCollection<string> members, CancellationToken ct = default);

    /// <summary>
    /// Copies a record (the referral original, a letter sent) into the review's folder and locks it. Placing the same
    /// bytes under the same name again is a harmless repeat; different bytes under a used name are refused.
    /// </summary>
    /// <param name="fileName">A name of the form <see cref="CaseFileNames.RecordForm"/>; anything else is refused.</param>
    /// <exception cref="CaseFileRecordConflictException">Another record already has this name.</exception>
    Task<CaseFileRecord> PlaceRecordAsync(string reference, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct = default);

    /// <summary>
    /// Makes sure every record in the folder carries the retention label and is locked: the answer when the secure
    /// status is kept after the review.
    /// </summary>
    /// <exception cref="CaseFileNotFoundException">The review has no case file.</exception>
    Task<IReadOnlyList<CaseFileRecord>> KeepLockedAsync(string reference, CancellationToken ct = default);

    /// <summary>
    /// Unlocks every record so it can be edited again, keeping the retention label (and so the retention period): the
    /// answer when the secure status is removed after the review.
    /// </summary>
    /// <exception cref="CaseFileNotFoundException">The review has no case file.</exception>
    Task<IReadOnlyList<CaseFileRecord>> ReleaseAsync(string reference, CancellationToken ct = default);

    /// <summary>Who has access and which records are held, or null when the review has no case file yet.</summary>
    Task<CaseFileContents?> GetAsync(string reference, CancellationToken ct = default);
}
