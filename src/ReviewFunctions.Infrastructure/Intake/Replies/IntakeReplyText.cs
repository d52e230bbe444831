using System.Text;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The words of intake's replies, plain and kind, the same whichever service sends them. They name the review by
/// its reference and the problems by the part of the form and what to do (<see cref="ProblemAdvice"/>); they never
/// repeat anything from the form or the subject line, since a reply can be forwarded further than the referral was.
/// </summary>
public static class IntakeReplyText
{
    public static string AcknowledgementSubject(string reference) => $"Referral received: {reference}";

    public static string Acknowledgement(string? name, string reference) =>
        $"""
        {Greeting(name)}

        Thank you for your referral. We have received it and the Board's review process has started.

        The reference for this referral is {reference}. Please quote it whenever you write to us about it, and put it in the subject line of any e-mail so that it reaches the right people.

        If you have anything to add, or if something in the form was wrong, reply to this e-mail quoting {reference}; there is no need to send the form again.

        Please make sure your agency's records about the child and family are secured now, if that has not already been done.

        With thanks,
        The safeguarding partnership's case review team
        """;

    public const string RejectionSubject = "Your referral: please check a few things and send it again";

    public static string Rejection(string? name, IReadOnlyList<IntakeProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = new StringBuilder();
        var advice = problems.Select(p => ProblemAdvice.For(p.Field)).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < advice.Count; i++)
        {
            list.Append(i + 1).Append(". ").AppendLine(advice[i]);
        }

        return $"""
            {Greeting(name)}

            Thank you for sending a referral. We have kept what you sent, but we could not accept it yet, because:

            {list.ToString().TrimEnd()}

            Please put these right and send the form again; you can reply to this e-mail. If anything here is unclear, or you cannot provide something, just say so in your reply and a member of the team will contact you.

            With thanks,
            The safeguarding partnership's case review team
            """;
    }

    public const string HoldingSubject = "Your referral has been received";

    public static string Holding(string? name) =>
        $"""
        {Greeting(name)}

        Thank you for sending a referral. We have received it and kept it safely, but it could not be processed automatically.

        A member of the case review team will look at it, and the Board will be in touch with you about it. There is no need to send it again.

        With thanks,
        The safeguarding partnership's case review team
        """;

    public const string AlertSubject = "A referral e-mail needs a person: intake could not process it";

    /// <summary>For the business manager: where the message is kept and what failed, nothing from the message itself.</summary>
    public static string Alert(string quarantineId, string exceptionType) =>
        $"""
        Intake failed on a referral message with an unexpected error ({exceptionType}) and has stopped trying.

        The message, with its attachments, is kept in quarantine as {quarantineId}, with the error beside it. If it came through the intake mailbox, it has been moved to the Needs attention folder and its sender told that it was received and that the Board will be in touch; no reference has been given.

        Please read the referral, start its review by hand if it is one, and pass the error to whoever supports the service.
        """;

    private static string Greeting(string? name) => string.IsNullOrWhiteSpace(name) ? "Hello," : $"Dear {name.Trim()},";
}
