namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>Why a message is in quarantine: it was not accepted (the sender was told what to fix), or intake failed on it.</summary>
public enum QuarantineReason
{
    NotAccepted,
    Failed,
}

internal static class QuarantineReasonNames
{
    public static string ToName(this QuarantineReason reason) => reason switch
    {
        QuarantineReason.NotAccepted => "not-accepted",
        _ => "intake-failed",
    };
}
