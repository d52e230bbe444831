using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Running;

namespace ReviewFunctions.Local.Running;

/// <summary>
/// The morning reminder digest on the local host: at 09:05 UK time on each working day (just after the reviews' own
/// 09:00 reminders are queued), one e-mail per person with everything due or overdue. Moves with the virtual clock.
/// </summary>
internal sealed class LocalMorningDigest(LocalReviewRunner runner, Func<DateTimeOffset, Task> send, UkCalendar calendar, Nation nation, TimeProvider clock)
    : LocalTimedLoop(Key, runner)
{
    public const string Key = "morning-digest";

    private static readonly TimeOnly SendTime = new(9, 5);

    public override async Task RunAsync()
    {
        while (true)
        {
            if (await WaitAsync(NextMorning(clock.GetUtcNow())) != WakeReason.Timer)
            {
                continue;
            }

            try
            {
                await send(clock.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Reminders stay queued; tomorrow's digest carries them.
                Runner.WorkFailed(Key, e);
            }
        }
    }

    private DateTimeOffset NextMorning(DateTimeOffset now)
    {
        var day = UkTime.ToUkDate(now);
        while (!calendar.IsWorkingDay(nation, day) || UkTime.At(day, SendTime) <= now)
        {
            day = day.AddDays(1);
        }

        return UkTime.At(day, SendTime);
    }
}
