using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

public class EasterTests
{
    [Theory]
    [InlineData(2018, "2018-04-01")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2020, "2020-04-12")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    public void Sunday_matches_the_published_date(int year, string expected) =>
        Assert.Equal(Date(expected), Easter.Sunday(year));

    // The earliest (22 March) and latest (25 April) possible Easters, both real years.
    [Theory]
    [InlineData(1818, "1818-03-22")]
    [InlineData(2285, "2285-03-22")]
    [InlineData(1943, "1943-04-25")]
    [InlineData(2038, "2038-04-25")]
    public void Sunday_handles_the_extremes(int year, string expected) =>
        Assert.Equal(Date(expected), Easter.Sunday(year));
}
