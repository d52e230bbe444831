using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Tests.Calendar;

public sealed class WorkingDaysBetweenTests
{
    [Theory]
    [InlineData("2027-03-25", "2027-03-25", Nation.England, 0)]
    [InlineData("2027-03-25", "2027-03-30", Nation.England, 1)]
    [InlineData("2027-03-25", "2027-03-30", Nation.Scotland, 2)]
    [InlineData("2027-03-30", "2027-03-25", Nation.England, -1)]
    [InlineData("2027-05-28", "2027-05-30", Nation.Wales, 0)]
    [InlineData("2027-11-29", "2027-12-01", Nation.Scotland, 1)]
    [InlineData("2027-11-29", "2027-12-01", Nation.NorthernIreland, 2)]
    public void Counts_the_working_days_after_the_first_day_up_to_the_second(string from, string to, Nation nation, int expected) =>
        Assert.Equal(expected, UkCalendar.Default.WorkingDaysBetween(nation, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void It_undoes_adding_working_days_and_is_negative_the_other_way_round_in_every_nation()
    {
        foreach (var nation in Enum.GetValues<Nation>())
        {
            for (var day = new DateOnly(2027, 1, 1); day.Year == 2027; day = day.AddDays(3))
            {
                Assert.Equal(17, UkCalendar.Default.WorkingDaysBetween(nation, day, UkCalendar.Default.AddWorkingDays(nation, day, 17)));
                var later = day.AddDays(40);
                Assert.Equal(-UkCalendar.Default.WorkingDaysBetween(nation, day, later), UkCalendar.Default.WorkingDaysBetween(nation, later, day));
            }
        }
    }
}
