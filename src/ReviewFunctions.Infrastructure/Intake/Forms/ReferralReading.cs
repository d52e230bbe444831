namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// What intake made of one message: the referral (null when no form was found), every problem with it, where the
/// form came from, and who sent it (the original sender too, when someone else forwarded it).
/// </summary>
public sealed record ReferralReading(
    Referral? Referral,
    IReadOnlyList<IntakeProblem> Problems,
    ReferralSource Source,
    MailAddress? Sender,
    MailAddress? OriginalSender)
{
    public bool IsValid => Referral is not null && Problems.Count == 0;
}

public enum ReferralSource
{
    None,
    WordAttachment,
    EmailBody,
}
