using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// alphagov/calendars' lib/bank_holiday_generator.rb moves each fixed holiday by a fixed offset:
/// Saturday +2 and Sunday +1, except Christmas Day and Scotland's New Year's Day (which have a
/// second holiday right after them): Saturday +3 and Sunday +2. Our calendar assigns substitutes
/// differently (so that the titles match the gov.uk feed), but the set of dates must be the same.
/// </summary>
public class GeneratorCrossCheckTests
{
    [Fact]
    public void Substitute_dates_match_the_gov_uk_generator_for_a_century()
    {
        var rules = UkCalendar.FromRules();
        for (var year = 2000; year <= 2100; year++)
        {
            Assert.Equal(Generator(Nation.England, year), Dates(rules, Nation.England, year));
            Assert.Equal(Generator(Nation.Scotland, year), Dates(rules, Nation.Scotland, year));
            Assert.Equal(Generator(Nation.NorthernIreland, year), Dates(rules, Nation.NorthernIreland, year));
        }
    }

    private static DateOnly[] Dates(UkCalendar calendar, Nation nation, int year) =>
        [.. calendar.Holidays(nation, year).Where(h => IsFixedDayHoliday(h.Title)).Select(h => h.Date).Order()];

    private static bool IsFixedDayHoliday(string title) => title is
        "New Year’s Day" or "2nd January" or "St Patrick’s Day" or "Battle of the Boyne (Orangemen’s Day)"
        or "St Andrew’s Day" or "Christmas Day" or "Boxing Day";

    private static DateOnly[] Generator(Nation nation, int year)
    {
        var days = new List<DateOnly>
        {
            nation == Nation.Scotland ? NextDayOff(new DateOnly(year, 1, 1)) : Substitute(new DateOnly(year, 1, 1)),
            NextDayOff(new DateOnly(year, 12, 25)),
            Substitute(new DateOnly(year, 12, 26)),
        };
        if (nation == Nation.Scotland)
        {
            days.Add(Substitute(new DateOnly(year, 1, 2)));
            days.Add(Substitute(new DateOnly(year, 11, 30)));
        }

        if (nation == Nation.NorthernIreland)
        {
            days.Add(Substitute(new DateOnly(year, 3, 17)));
            days.Add(Substitute(new DateOnly(year, 7, 12)));
        }

        return [.. days.Order()];
    }

    private static DateOnly Substitute(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly NextDayOff(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(3),
        DayOfWeek.Sunday => date.AddDays(2),
        _ => date,
    };
}
