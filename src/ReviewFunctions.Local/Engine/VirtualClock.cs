using System.Globalization;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// A clock that only moves when told, so a Board can watch a six-month review unfold in minutes. Its time is kept in
/// the data folder, so a restarted host carries on at the same instant. Timers made from it (Task.Delay) still run on
/// real time: it is only "now" that is virtual.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly string? file;
    private readonly Lock gate = new();
    private DateTimeOffset now;

    private VirtualClock(DateTimeOffset start, string? file)
    {
        now = start;
        this.file = file;
    }

    /// <summary>Resumes the time saved in <paramref name="file"/>, or starts at <paramref name="start"/> when there is none.</summary>
    public static VirtualClock Open(DateTimeOffset start, string? file)
    {
        if (file is not null && File.Exists(file) &&
            DateTimeOffset.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var saved))
        {
            return new VirtualClock(saved, file);
        }

        var clock = new VirtualClock(start, file);
        clock.Save();
        return clock;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    /// <summary>Moves the clock forward; time never runs backwards.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        lock (gate)
        {
            if (instant < now)
            {
                throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The clock is at {now:O} and cannot go back.");
            }

            now = instant;
            Save();
        }
    }

    private void Save()
    {
        if (file is not null)
        {
            File.WriteAllText(file, now.ToString("O", CultureInfo.InvariantCulture));
        }
    }
}
