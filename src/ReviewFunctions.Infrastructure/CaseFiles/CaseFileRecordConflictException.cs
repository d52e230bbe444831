namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>A different record already has this name in the case file. Records are never replaced.</summary>
public sealed class CaseFileRecordConflictException : Exception
{
    public CaseFileRecordConflictException()
    {
    }

    public CaseFileRecordConflictException(string message)
        : base(message)
    {
    }

    public CaseFileRecordConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="fileName">Already validated by <see cref="CaseFileNames.Record"/>, so safe to show.</param>
    public CaseFileRecordConflictException(string reference, string fileName)
        : base($"The case file of {reference} already holds a different {fileName}; records are never replaced.")
    {
        Reference = reference;
        FileName = fileName;
    }

    public string? Reference { get; }

    public string? FileName { get; }
}
