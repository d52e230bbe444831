namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// One thing wrong with a referral, in words the sender can act on. <see cref="Field"/> names the place in the
/// form (<c>child.dateOfBirth</c>, <c>family[2].dateOfBirth</c>, <c>attachments[0]</c>, <c>message</c>).
/// The message may quote what the sender typed, so it goes back only in the HTTP answer to whoever posted it (and the
/// command line's check), never into a log or an e-mailed reply: replies say what to do from the field alone.
/// </summary>
public sealed record IntakeProblem(string Field, string Message);
