using System.Collections.Concurrent;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Infrastructure.Tests.Intake.Support;

/// <summary>Keeps the replies intake would have sent, rendered with the real reply texts.</summary>
internal sealed class RecordingReplies : IIntakeReplies
{
    private readonly ConcurrentQueue<Reply> _sent = new();

    public bool Fail { get; set; }

    public IReadOnlyList<Reply> Sent => [.. _sent];

    public Task AcknowledgeAsync(IntakeReplyTo to, string reference, CancellationToken ct) =>
        Record(new Reply(to, IntakeReplyText.AcknowledgementSubject(reference), IntakeReplyText.Acknowledgement(to.Name, reference), reference, []));

    public Task RejectAsync(IntakeReplyTo to, IReadOnlyList<IntakeProblem> problems, CancellationToken ct) =>
        Record(new Reply(to, IntakeReplyText.RejectionSubject, IntakeReplyText.Rejection(to.Name, problems), null, problems));

    public Task HoldAsync(IntakeReplyTo to, CancellationToken ct) =>
        Record(new Reply(to, IntakeReplyText.HoldingSubject, IntakeReplyText.Holding(to.Name), null, []));

    public Task AlertAsync(IntakeReplyTo to, string quarantineId, string exceptionType, CancellationToken ct) =>
        Record(new Reply(to, IntakeReplyText.AlertSubject, IntakeReplyText.Alert(quarantineId, exceptionType), null, []));

    private Task Record(Reply reply)
    {
        if (Fail)
        {
            throw new HttpRequestException("The mail service is down.");
        }

        _sent.Enqueue(reply);
        return Task.CompletedTask;
    }

    internal sealed record Reply(IntakeReplyTo To, string Subject, string Body, string? Reference, IReadOnlyList<IntakeProblem> Problems);
}
