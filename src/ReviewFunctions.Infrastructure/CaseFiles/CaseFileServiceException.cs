namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// SharePoint or Microsoft Graph refused a case-file operation for a reason retrying will not cure (after the
/// transient ones were retried). Carries the HTTP status and the service's error code, never the documents.
/// </summary>
public sealed class CaseFileServiceException : Exception
{
    public CaseFileServiceException()
    {
    }

    public CaseFileServiceException(string message)
        : base(message)
    {
    }

    public CaseFileServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CaseFileServiceException(string operation, int status, string? code, Exception? innerException = null)
        : base($"{operation} failed: HTTP {status}{(code is null ? "" : " " + code)}.", innerException)
    {
        Operation = operation;
        Status = status;
        Code = code;
    }

    public string? Operation { get; }

    public int Status { get; }

    public string? Code { get; }
}
