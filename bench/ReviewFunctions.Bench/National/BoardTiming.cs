using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// When the Board's people get round to things, drawn from one seeded <see cref="Random"/>. People work 09:05–17:25 on
/// working days, and never at a whole minute: reminders go at whole minutes, so a person and a reminder never share an
/// instant and the order between them never depends on the queue.
/// </summary>
internal sealed class BoardTiming(Random random, UkCalendar calendar)
{
    /// <summary>Most steps are done by their due date; the rest late, by up to two working weeks.</summary>
    public const double OnTime = 0.8;

    private const int MostWorkingDaysLate = 10;

    private static readonly TimeOnly FirstWork = new(9, 5);
    private static readonly TimeOnly LastWork = new(17, 25);

    public Random Random { get; } = random;

    public bool Chance(double share) => Random.NextDouble() < share;

    /// <summary>When a step due at <paramref name="due"/> is done: on time or late, never before <paramref name="now"/>.</summary>
    public DateTimeOffset DoneBy(Nation nation, Due due, DateTimeOffset now, double onTime = OnTime)
    {
        if (due.At is { } hour)
        {
            // An hour deadline (records secured within hours) is met at any hour, as the agencies' duty teams do.
            var earliest = now.AddMinutes(1);
            return hour > earliest && Chance(onTime)
                ? Person(earliest + ((hour - earliest) * Random.NextDouble()))
                : Person(hour.AddHours(Random.Next(1, 30)));
        }

        var today = UkTime.ToUkDate(now);
        if (due.Day >= today && Chance(onTime))
        {
            var workingDays = WorkingDays(nation, today, due.Day);
            if (workingDays.Count > 0)
            {
                return AtWork(workingDays[Random.Next(workingDays.Count)], now);
            }
        }

        var late = calendar.AddWorkingDays(nation, due.Day > today ? due.Day : today, Random.Next(1, MostWorkingDaysLate + 1));
        return AtWork(late, now);
    }

    /// <summary>Some working time <paramref name="workingDays"/> working days after <paramref name="now"/>'s day (0: later today if there is time).</summary>
    public DateTimeOffset WorkingDaysAfter(Nation nation, DateTimeOffset now, int workingDays) =>
        AtWork(calendar.AddWorkingDays(nation, UkTime.ToUkDate(now), workingDays), now);

    /// <summary>A moment shortly after <paramref name="now"/>: minutes, as for a second thing done in the same sitting.</summary>
    public DateTimeOffset Shortly(DateTimeOffset now, int mostMinutes = 90) => Person(now.AddMinutes(Random.Next(5, mostMinutes)));

    /// <summary>A working time on <paramref name="day"/>, moved to shortly after <paramref name="now"/> if that has passed.</summary>
    public DateTimeOffset AtWork(DateOnly day, DateTimeOffset now)
    {
        var minutes = (int)(LastWork - FirstWork).TotalMinutes;
        var at = UkTime.At(day, FirstWork.AddMinutes(Random.Next(minutes)));
        return at > now ? Person(at) : Shortly(now);
    }

    /// <summary>The same instant, moved off the whole minute.</summary>
    private DateTimeOffset Person(DateTimeOffset at) =>
        new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMinute), at.Offset).AddSeconds(Random.Next(1, 60));

    private List<DateOnly> WorkingDays(Nation nation, DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(nation, day))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
