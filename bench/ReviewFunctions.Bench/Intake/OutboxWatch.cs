using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ReviewFunctions.Emulators.Mail;

namespace ReviewFunctions.Bench.Intake;

/// <summary>
/// Sees intake's replies leave, on this machine's clock. The host's mail endpoint stamps each message with the host's
/// clock, which here is the virtual one and stands still, so its <c>sentAt</c> cannot time anything. But the endpoint
/// appends each message it accepts to <c>outbox.jsonl</c> in the data folder before it answers the sender; a thread
/// here reads that file about every millisecond and notes the real time each new line is first seen. So a reply is
/// timed to within one read of that file (the figures give how often it was read).
/// </summary>
internal sealed class OutboxWatch : IDisposable
{
    private const string IntakeReply = "intake-reply";

    private readonly string file;
    private readonly ConcurrentQueue<SeenReply> replies = new();
    private readonly Thread reader;
    private readonly List<byte> pending = [];
    private volatile bool stopping;
    private FileStream? stream;
    private long reads;
    private TimeSpan longestGap;
    private TimeSpan watched;

    private OutboxWatch(string file)
    {
        this.file = file;
        reader = new Thread(Read) { IsBackground = true, Name = "outbox watch" };
    }

    /// <param name="dataFolder">The host's data folder, where its mail endpoint keeps <c>outbox.jsonl</c>.</param>
    public static OutboxWatch Start(string dataFolder)
    {
        var watch = new OutboxWatch(Path.Combine(dataFolder, "outbox.jsonl"));
        watch.reader.Start();
        return watch;
    }

    public IReadOnlyList<SeenReply> Replies => [.. replies];

    /// <summary>The mean and the longest time between two reads of the file, how finely a reply is timed; read once disposed.</summary>
    public (double MeanMs, double LongestMs) ReadEvery =>
        (reads > 1 ? watched.TotalMilliseconds / (reads - 1) : 0, longestGap.TotalMilliseconds);

    public void Dispose()
    {
        stopping = true;
        reader.Join();
        stream?.Dispose();
    }

    private void Read()
    {
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var buffer = new byte[64 * 1024];
        while (!stopping)
        {
            var now = clock.Elapsed;
            if (reads > 0)
            {
                longestGap = now - last > longestGap ? now - last : longestGap;
            }

            last = now;
            watched = now;
            reads++;
            ReadNewLines(buffer);
            Thread.Sleep(1);
        }
    }

    private void ReadNewLines(byte[] buffer)
    {
        if (stream is null)
        {
            if (!File.Exists(file))
            {
                return;
            }

            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        int read;
        var seenAt = DateTimeOffset.UtcNow;
        var any = false;
        while ((read = stream.Read(buffer)) > 0)
        {
            pending.AddRange(buffer.AsSpan(0, read));
            any = true;
        }

        if (any)
        {
            TakeLines(seenAt);
        }
    }

    /// <summary>Whole lines only: the host may be half-way through writing the last one.</summary>
    private void TakeLines(DateTimeOffset seenAt)
    {
        var lines = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pending);
        var start = 0;
        int length;
        while ((length = lines[start..].IndexOf((byte)'\n')) >= 0)
        {
            var line = lines.Slice(start, length);
            start += length + 1;

            // Notices with their letters attached are most of the outbox and none of what is timed here.
            if (line.IndexOf("\"intake-reply\""u8) < 0)
            {
                continue;
            }

            var message = JsonSerializer.Deserialize<OutboxMessage>(line);
            if (message is not null && message.Categories.Contains(IntakeReply))
            {
                replies.Enqueue(new SeenReply(seenAt, message.CustomArgs.GetValueOrDefault("review_reference"), message.To));
            }
        }

        pending.RemoveRange(0, start);
    }
}

/// <summary>An intake reply the mail endpoint received: when it was first seen here, its review's reference (an acknowledgement has one; a refusal has none) and its recipients.</summary>
internal sealed record SeenReply(DateTimeOffset SeenAt, string? Reference, IReadOnlyList<string> To);
