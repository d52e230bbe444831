namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// The standing bank holidays of each division, projected onto any year. One-off changes
/// (jubilees, coronations, a moved early-May day) are not rules; they come from a feed.
/// </summary>
/// <remarks>
/// Sources: Banking and Financial Dealings Act 1971 Sch. 1 and the annual royal proclamations, as
/// encoded in alphagov/calendars lib/bank_holiday_generator.rb; St Andrew's Day Bank Holiday
/// (Scotland) Act 2007; for Jersey the Public Holidays and Bank Holidays (Jersey) Law 1951 and the
/// Act made under it, see docs/CALENDAR.md. Historic years are not modelled: the current pattern
/// is applied to every year, so load a feed for anything before 2007 (St Andrew's Day) or 1978
/// (early May).
/// </remarks>
internal static class HolidayRules
{
    public static IReadOnlyList<BankHoliday> For(Division division, int year) => division switch
    {
        Division.EnglandAndWales => SubstituteDays.Observe(EnglandAndWales(year)),
        Division.Scotland => SubstituteDays.Observe(Scotland(year)),
        Division.NorthernIreland => SubstituteDays.Observe(NorthernIreland(year)),
        Division.Jersey => SubstituteDays.Observe(Jersey(year)),
        _ => throw new ArgumentOutOfRangeException(nameof(division), division, "Unknown division."),
    };

    private static IEnumerable<RuleDay> EnglandAndWales(int year)
    {
        var easter = Easter.Sunday(year);
        yield return WithSubstitute(year, 1, 1, HolidayTitles.NewYearsDay);
        yield return NoSubstitute(easter.AddDays(-2), HolidayTitles.GoodFriday);
        yield return NoSubstitute(easter.AddDays(1), HolidayTitles.EasterMonday);
        yield return NoSubstitute(FirstMonday(year, 5), HolidayTitles.EarlyMay);
        yield return NoSubstitute(LastMonday(year, 5), HolidayTitles.Spring);
        yield return NoSubstitute(LastMonday(year, 8), HolidayTitles.Summer);
        yield return WithSubstitute(year, 12, 25, HolidayTitles.ChristmasDay);
        yield return WithSubstitute(year, 12, 26, HolidayTitles.BoxingDay);
    }

    // Scotland has 2 January but no Easter Monday, and its summer holiday is early August.
    private static IEnumerable<RuleDay> Scotland(int year)
    {
        var easter = Easter.Sunday(year);
        yield return WithSubstitute(year, 1, 1, HolidayTitles.NewYearsDay);
        yield return WithSubstitute(year, 1, 2, HolidayTitles.SecondJanuary);
        yield return NoSubstitute(easter.AddDays(-2), HolidayTitles.GoodFriday);
        yield return NoSubstitute(FirstMonday(year, 5), HolidayTitles.EarlyMay);
        yield return NoSubstitute(LastMonday(year, 5), HolidayTitles.Spring);
        yield return NoSubstitute(FirstMonday(year, 8), HolidayTitles.Summer);
        yield return WithSubstitute(year, 11, 30, HolidayTitles.StAndrewsDay);
        yield return WithSubstitute(year, 12, 25, HolidayTitles.ChristmasDay);
        yield return WithSubstitute(year, 12, 26, HolidayTitles.BoxingDay);
    }

    private static IEnumerable<RuleDay> NorthernIreland(int year)
    {
        var easter = Easter.Sunday(year);
        yield return WithSubstitute(year, 1, 1, HolidayTitles.NewYearsDay);
        yield return WithSubstitute(year, 3, 17, HolidayTitles.StPatricksDay);
        yield return NoSubstitute(easter.AddDays(-2), HolidayTitles.GoodFriday);
        yield return NoSubstitute(easter.AddDays(1), HolidayTitles.EasterMonday);
        yield return NoSubstitute(FirstMonday(year, 5), HolidayTitles.EarlyMay);
        yield return NoSubstitute(LastMonday(year, 5), HolidayTitles.Spring);
        yield return WithSubstitute(year, 7, 12, HolidayTitles.BattleOfTheBoyne);
        yield return NoSubstitute(LastMonday(year, 8), HolidayTitles.Summer);
        yield return WithSubstitute(year, 12, 25, HolidayTitles.ChristmasDay);
        yield return WithSubstitute(year, 12, 26, HolidayTitles.BoxingDay);
    }

    /// <summary>
    /// Jersey keeps England's holidays, with the same substitute days, and adds Liberation Day.
    /// </summary>
    /// <remarks>
    /// Liberation Day (9 May) is a holiday only on a "weekday", which the Schedule to the Public
    /// Holidays and Bank Holidays (Jersey) Act 1952 defines as Monday to Saturday, and the States have
    /// always refused a Monday in lieu (Legislation Committee statement of 16 March 2004, citing 1999;
    /// P.204/2009 for Monday 10 May 2010, rejected in February 2010; Council of Ministers' comments on
    /// P.11/2015), so a Sunday 9 May is simply lost. Jersey sets its own one-off days and does not always copy the UK
    /// (2020: kept Monday 4 May and added Friday 8 May; 2021: Corn Riots anniversary 27 September;
    /// 2024: the King's visit 15 July), so they are maintained in the "jersey" division of the
    /// snapshot, not inherited from England's feed. gov.je's own list could not be read when this
    /// was written; see docs/CALENDAR.md for every source and what is unconfirmed.
    /// </remarks>
    private static IEnumerable<RuleDay> Jersey(int year)
    {
        foreach (var day in EnglandAndWales(year))
        {
            yield return day;
        }

        var liberation = new DateOnly(year, 5, 9);
        if (liberation.DayOfWeek != DayOfWeek.Sunday)
        {
            yield return NoSubstitute(liberation, HolidayTitles.LiberationDay);
        }
    }

    private static RuleDay WithSubstitute(int year, int month, int day, string title) =>
        new(new DateOnly(year, month, day), title, SubstituteIfWeekend: true);

    private static RuleDay NoSubstitute(DateOnly date, string title) => new(date, title, SubstituteIfWeekend: false);

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
