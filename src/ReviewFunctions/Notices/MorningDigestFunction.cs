using Microsoft.Azure.Functions.Worker;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Infrastructure.Mail;

namespace ReviewFunctions.Notices;

/// <summary>
/// The morning reminder digest: one e-mail per person at 09:05 UK time on the Board's working days. The schedule is in
/// UTC, so it fires at 08:05 and 09:05 UTC and only the one that is 09:05 in the UK (summer or winter) sends.
/// </summary>
public sealed class MorningDigestFunction(ReminderDigestSender digest, UkCalendar calendar, BoardNation board, TimeProvider time)
{
    [Function("SendMorningDigest")]
    public async Task RunAsync([TimerTrigger("0 5 8,9 * * *")] TimerInfo timer)
    {
        var now = time.GetUtcNow();
        var local = UkTime.ToUkLocal(now);
        if (local.Hour == 9 && calendar.IsWorkingDay(board.Nation, UkTime.ToUkDate(now)))
        {
            await digest.SendAsync(now);
        }
    }
}

/// <summary>The nation whose working days the Board keeps (<c>Board__Nation</c>).</summary>
public sealed record BoardNation(Nation Nation);
