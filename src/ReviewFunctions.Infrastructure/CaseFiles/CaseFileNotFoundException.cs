namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>The review has no case-file folder yet: it is created by the first secure step.</summary>
public sealed class CaseFileNotFoundException : Exception
{
    public CaseFileNotFoundException()
    {
    }

    public CaseFileNotFoundException(string message)
        : base(message)
    {
    }

    public CaseFileNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static CaseFileNotFoundException For(string reference) =>
        new($"The review {reference} has no case file yet; it is created when the case files are first secured.") { Reference = reference };

    public string? Reference { get; private init; }
}
