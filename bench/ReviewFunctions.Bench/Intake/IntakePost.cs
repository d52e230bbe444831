namespace ReviewFunctions.Bench.Intake;

/// <summary>
/// One message posted to <c>POST /api/intake/email</c> and what came back: the status, the reference given, how many
/// problems were named, and the milliseconds from sending the request to having the whole answer.
/// </summary>
/// <param name="PostedAt">This machine's clock as the request was sent, to time the reply against.</param>
/// <param name="Sender">The message's sender, whom intake answers.</param>
/// <param name="Expected">For a repeat: the reference the first message was given.</param>
internal sealed record IntakePost(
    ReferralKind Kind,
    DateTimeOffset PostedAt,
    string Sender,
    int Status,
    double AnswerMs,
    string? Reference,
    int Problems,
    string? Expected)
{
    /// <summary>Status 0: no answer at all (the connection failed).</summary>
    public const int NoAnswer = 0;

    /// <summary>
    /// What intake must answer: a new referral 202 with a reference, a form with a mistake 422 naming the problems,
    /// a repeat 200 with the first one's reference.
    /// </summary>
    public bool AsExpected => Kind switch
    {
        ReferralKind.Docx or ReferralKind.Body => Status == 202 && Reference is not null,
        ReferralKind.Invalid => Status == 422 && Problems > 0,
        _ => Status == 200 && Reference is not null && Reference == Expected,
    };
}
