namespace ReviewFunctions.Domain.Calendar;

/// <summary>Moves weekend holidays to the weekdays that the proclamations give instead.</summary>
internal static class SubstituteDays
{
    /// <summary>
    /// A holiday on a weekday keeps its day. Weekend holidays then take, in date order, the first
    /// weekday after them that no other holiday already holds.
    /// </summary>
    /// <remarks>
    /// This gives the same dates as alphagov/calendars' generator ("Sat +2/Sun +1", and "+3/+2" for
    /// Christmas and Scotland's New Year's Day, which have a second holiday after them) but is
    /// written once for every pair. It also labels the days the way the gov.uk feed mostly does:
    /// 2021 E&amp;W 27 Dec "Christmas Day", 28 Dec "Boxing Day"; 2022 Scotland 3 Jan "New Year’s Day",
    /// 4 Jan "2nd January"; 2022 26 Dec "Boxing Day" (its own day), 27 Dec "Christmas Day".
    /// </remarks>
    public static IReadOnlyList<BankHoliday> Observe(IEnumerable<RuleDay> days)
    {
        var ordered = days.OrderBy(d => d.Date).ToList();
        var taken = ordered.Where(d => !NeedsSubstitute(d)).Select(d => d.Date).ToHashSet();
        var observed = new List<BankHoliday>(ordered.Count);

        foreach (var day in ordered)
        {
            if (!NeedsSubstitute(day))
            {
                observed.Add(new BankHoliday(day.Date, day.Title, ""));
                continue;
            }

            var substitute = day.Date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            taken.Add(substitute);
            observed.Add(new BankHoliday(substitute, day.Title, HolidayTitles.SubstituteDay));
        }

        return [.. observed.OrderBy(h => h.Date)];
    }

    internal static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static bool NeedsSubstitute(RuleDay day) => day.SubstituteIfWeekend && IsWeekend(day.Date);
}
