using System.Collections.Concurrent;
using System.Text.Json;

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

    internal bool TryTakeFault(out InjectedFault fault) => faults.TryDequeue(out fault!);

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

    internal sealed record InjectedFault(int Status, (string Name, string Value)[] Headers);
}
