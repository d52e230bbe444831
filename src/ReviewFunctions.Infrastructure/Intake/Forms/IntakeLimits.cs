namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>The size limits intake holds every message to.</summary>
public sealed record IntakeLimits
{
    /// <summary>The body and attachments together, as the sender's mail program counts them.</summary>
    public long MaxMessageBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>The JSON as delivered (base64 makes attachments a third bigger); past this nothing is parsed.</summary>
    public long MaxJsonBytes { get; init; } = 40L * 1024 * 1024;
}
