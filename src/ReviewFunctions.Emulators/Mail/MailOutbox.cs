using System.Collections.Concurrent;
using System.Text.Json;
using ReviewFunctions.Emulators.Faults;

namespace ReviewFunctions.Emulators.Mail;

/// <summary>
/// What the local endpoint has accepted, kept for inspection, plus any failures a test asked it to answer with first
/// (429 or 503 with their headers), so a client's retries can be checked without a real service. Given a file, it keeps
/// every message there too (one JSON line each), so the local host's outbox survives a restart.
/// </summary>
public sealed class MailOutbox
{
    private readonly ConcurrentQueue<OutboxMessage> messages = new();
    private readonly string? file;
    private readonly Lock writing = new();
    private readonly ConcurrentQueue<InjectedFault> faults = new();
    private int sandboxed;
    private int requests;

    public MailOutbox(string? file = null)
    {
        this.file = file;
        if (file is not null && File.Exists(file))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                messages.Enqueue(JsonSerializer.Deserialize<OutboxMessage>(line)!);
            }
        }
    }

    public IReadOnlyList<OutboxMessage> Messages => [.. messages];

    /// <summary>Faults to answer with by request number, after any queued by <see cref="FailNext"/>.</summary>
    public MailFaultPlan? Plan { get; init; }

    /// <summary>Requests accepted in sandbox mode: validated and answered 200, but, as SendGrid does, not delivered.</summary>
    public int Sandboxed => sandboxed;

    /// <summary>Every POST received, including faulted and rejected ones.</summary>
    public int Requests => requests;

    public void Clear()
    {
        messages.Clear();
        faults.Clear();
    }

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="status"/> and these headers.</summary>
    public void FailNext(int count, int status, params (string Name, string Value)[] headers)
    {
        for (var i = 0; i < count; i++)
        {
            faults.Enqueue(new InjectedFault(status, headers));
        }
    }

    internal int CountRequest() => Interlocked.Increment(ref requests);

    internal InjectedFault? TakeFault(int request) => faults.TryDequeue(out var queued)
        ? queued
        : Plan?.For(request) switch
        {
            MailFault.Throttled => new InjectedFault(429, [("Retry-After", "1")]),
            MailFault.Unavailable => new InjectedFault(503, []),
            MailFault.ServerError => new InjectedFault(500, []),
            MailFault.AnsweredLate => new InjectedFault(202, [], MailFaultPlan.HeldFor),
            _ => null,
        };

    internal void Add(OutboxMessage message)
    {
        if (file is not null)
        {
            lock (writing)
            {
                File.AppendAllLines(file, [JsonSerializer.Serialize(message)]);
            }
        }

        messages.Enqueue(message);
    }

    internal void CountSandboxed() => Interlocked.Increment(ref sandboxed);

    /// <param name="AnswerAfter">For a 202: the message is accepted, and the answer held this long.</param>
    internal sealed record InjectedFault(int Status, (string Name, string Value)[] Headers, TimeSpan AnswerAfter = default);
}
