namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>One of SendGrid's reasons for refusing a message, as it gives them.</summary>
public sealed record SendGridErrorDetail(string? Message, string? Field, string? Help);

/// <summary>SendGrid refused the message (a 4xx other than 429). Carries its error list; never the message itself.</summary>
public sealed class SendGridRejectedException : Exception
{
    public SendGridRejectedException()
    {
    }

    public SendGridRejectedException(string message)
        : base(message)
    {
    }

    public SendGridRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SendGridRejectedException(int status, IReadOnlyList<SendGridErrorDetail> errors)
        : base($"SendGrid refused the message ({status}): " + (errors.Count == 0 ? "no reason given" : string.Join("; ", errors.Select(e => e.Field is null ? e.Message : $"{e.Field}: {e.Message}"))))
    {
        Status = status;
        Errors = errors;
    }

    public int Status { get; }

    public IReadOnlyList<SendGridErrorDetail> Errors { get; } = [];
}

/// <summary>SendGrid stayed rate-limited, failing or unreachable through every retry, or asked for a longer wait than allowed.</summary>
public sealed class SendGridUnavailableException : Exception
{
    public SendGridUnavailableException()
    {
    }

    public SendGridUnavailableException(string message)
        : base(message)
    {
    }

    public SendGridUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SendGridUnavailableException(int status, int attempts, string reason, Exception? innerException = null)
        : base($"SendGrid did not accept the message after {attempts} attempt(s) (last status {status}): {reason}", innerException)
    {
        Status = status;
        Attempts = attempts;
    }

    /// <summary>The last HTTP status, or 0 when no answer came.</summary>
    public int Status { get; }

    public int Attempts { get; }
}

/// <summary>A mail setting is missing or wrong. Names the setting, never its value.</summary>
public sealed class MailConfigurationException : Exception
{
    public MailConfigurationException()
    {
    }

    public MailConfigurationException(string message)
        : base(message)
    {
    }

    public MailConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
