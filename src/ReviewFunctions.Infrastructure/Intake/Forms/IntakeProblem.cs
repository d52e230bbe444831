namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// One thing wrong with a referral, in words the sender can act on. <see cref="Field"/> names the place in the
/// form (<c>child.dateOfBirth</c>, <c>family[2].dateOfBirth</c>, <c>attachments[0]</c>, <c>message</c>).
/// The message may quote what the sender typed, so it goes back to the sender and never into a log.
/// </summary>
public sealed record IntakeProblem(string Field, string Message);
