using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// Working days in each UK nation and Jersey, for counting statutory deadlines such as "within 5
/// working days". Holidays come from the published rules for every year; a gov.uk-format feed
/// replaces the rules for each division and year it covers, because one-off holidays and moved
/// days (2020 VE Day, 2022 Platinum Jubilee, 2023 coronation) exist only in the feed.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share; <see cref="WithFeed"/> returns a new calendar.
/// See docs/CALENDAR.md for the rules and their sources.
/// </remarks>
public sealed class UkCalendar
{
    private const string SnapshotResource = "ReviewFunctions.Domain.Calendar.bank-holidays.json";

    private static readonly UkCalendar RulesOnly =
        new(new Dictionary<(Division Division, int Year), IReadOnlyList<BankHoliday>>());

    private static readonly Lazy<UkCalendar> Shipped = new(LoadShipped);

    private readonly IReadOnlyDictionary<(Division Division, int Year), IReadOnlyList<BankHoliday>> fromFeeds;

    // Deadline arithmetic asks about the same few years over and over; the rules are cheap, but not free.
    private readonly ConcurrentDictionary<(Division Division, int Year), HolidayYear> years = new();

    private UkCalendar(IReadOnlyDictionary<(Division Division, int Year), IReadOnlyList<BankHoliday>> fromFeeds)
    {
        this.fromFeeds = fromFeeds;
    }

    /// <summary>The rules for any year, overlaid by the snapshot shipped in this assembly.</summary>
    public static UkCalendar Default => Shipped.Value;

    /// <summary>The published rules only, with no one-off changes.</summary>
    public static UkCalendar FromRules() => RulesOnly;

    /// <summary>
    /// A new calendar in which every division and year present in <paramref name="govUkJson"/> takes
    /// its dates from the feed; other years keep what this calendar had.
    /// </summary>
    /// <exception cref="CalendarFeedException">The feed is not in the gov.uk shape.</exception>
    public UkCalendar WithFeed(string govUkJson)
    {
        var feed = GovUkFeed.Parse(govUkJson);
        var merged = new Dictionary<(Division Division, int Year), IReadOnlyList<BankHoliday>>(fromFeeds);
        foreach (var (key, holidays) in feed)
        {
            merged[key] = holidays;
        }

        return new UkCalendar(merged);
    }

    /// <summary>The year's bank holidays in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays(Nation nation, int year) =>
        Year(DivisionNames.ForNation(nation), year).Holidays;

    public bool IsHoliday(Nation nation, DateOnly date) =>
        IsHoliday(DivisionNames.ForNation(nation), date);

    /// <summary>Monday to Friday and not a bank holiday.</summary>
    public bool IsWorkingDay(Nation nation, DateOnly date) =>
        IsWorkingDay(DivisionNames.ForNation(nation), date);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="from"/> (before it when
    /// negative). <paramref name="from"/> itself never counts, because "within 5 working days of
    /// becoming aware" starts the day after; 0 returns <paramref name="from"/> unchanged.
    /// </summary>
    public DateOnly AddWorkingDays(Nation nation, DateOnly from, int days)
    {
        var division = DivisionNames.ForNation(nation);
        var step = Math.Sign(days);
        var remaining = Math.Abs((long)days);
        var date = from;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(division, date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// How many working days <paramref name="to"/> is after <paramref name="from"/>: the working days after
    /// <paramref name="from"/> up to and including <paramref name="to"/>, negative when <paramref name="to"/> is earlier.
    /// It undoes <see cref="AddWorkingDays"/> whenever that lands on a working day, so a step done on the day its
    /// deadline rule names is 0 days late and one done the next working day is 1.
    /// </summary>
    public int WorkingDaysBetween(Nation nation, DateOnly from, DateOnly to)
    {
        var division = DivisionNames.ForNation(nation);
        var (first, last, sign) = to >= from ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var date = first.AddDays(1); date <= last; date = date.AddDays(1))
        {
            if (IsWorkingDay(division, date))
            {
                count++;
            }
        }

        return sign * count;
    }

    private bool IsHoliday(Division division, DateOnly date) => Year(division, date.Year).Dates.Contains(date);

    private bool IsWorkingDay(Division division, DateOnly date) =>
        !SubstituteDays.IsWeekend(date) && !IsHoliday(division, date);

    private HolidayYear Year(Division division, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        // Static, with the feeds passed in: a capturing lambda would be allocated on every working-day question.
        return years.GetOrAdd((division, year), static (key, feeds) => HolidayYear.Of(
            feeds.TryGetValue(key, out var fed) ? fed : HolidayRules.For(key.Division, key.Year)), fromFeeds);
    }

    private static UkCalendar LoadShipped()
    {
        using var stream = typeof(UkCalendar).Assembly.GetManifestResourceStream(SnapshotResource)
            ?? throw new InvalidOperationException($"The embedded resource {SnapshotResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return RulesOnly.WithFeed(reader.ReadToEnd());
    }

    private sealed record HolidayYear(IReadOnlyList<BankHoliday> Holidays, FrozenSet<DateOnly> Dates)
    {
        public static HolidayYear Of(IReadOnlyList<BankHoliday> holidays) =>
            new(holidays.OrderBy(h => h.Date).ToList().AsReadOnly(), holidays.Select(h => h.Date).ToFrozenSet());
    }
}
