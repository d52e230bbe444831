namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// The storage service refused a request for a reason retrying will not fix (or retries ran out).
/// Carries the HTTP status and the service's error code; the message holds no URLs or payloads.
/// </summary>
public sealed class StorageRequestException : Exception
{
    public StorageRequestException()
    {
    }

    public StorageRequestException(string message)
        : base(message)
    {
    }

    public StorageRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageRequestException(string operation, int status, string? errorCode, string? requestId, Exception? innerException = null)
        : base(Describe(operation, status, errorCode, requestId), innerException)
    {
        Operation = operation;
        Status = status;
        ErrorCode = errorCode;
        RequestId = requestId;
    }

    /// <summary>What we were doing, e.g. <c>append events</c>; never contains case data.</summary>
    public string? Operation { get; }

    /// <summary>The HTTP status, or 0 when no response arrived (connection failure or timeout after all retries).</summary>
    public int Status { get; }

    /// <summary>The service's code from <c>x-ms-error-code</c> or the error body, e.g. <c>AuthorizationFailure</c>.</summary>
    public string? ErrorCode { get; }

    public string? RequestId { get; }

    private static string Describe(string operation, int status, string? errorCode, string? requestId) => status == 0
        ? $"Storage operation '{operation}' could not reach the service ({errorCode ?? "transport failure"})."
        : $"Storage operation '{operation}' failed with HTTP {status} ({errorCode ?? "no error code"}); request id {requestId ?? "unknown"}.";
}
