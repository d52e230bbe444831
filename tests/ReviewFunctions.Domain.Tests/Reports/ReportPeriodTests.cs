using ReviewFunctions.Domain.Reports.Timeliness;

namespace ReviewFunctions.Domain.Tests.Reports;

public sealed class ReportPeriodTests
{
    private static readonly DateOnly Today = new(2027, 6, 4);

    [Fact]
    public void Without_dates_a_period_is_the_year_up_to_today()
    {
        Assert.Equal((new ReportPeriod(new DateOnly(2026, 6, 5), Today), (string?)null), ReportPeriod.Read(null, " ", Today));
        Assert.Equal(new ReportPeriod(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31)), ReportPeriod.Read("2027-03-01", "2027-03-31", Today).Period);
    }

    [Theory]
    [InlineData("01/03/2027", null, "'from' must be a date written yyyy-mm-dd, such as 2027-04-01.")]
    [InlineData(null, "2027-02-30", "'to' must be a date written yyyy-mm-dd, such as 2027-04-01.")]
    [InlineData("2027-04-02", "2027-04-01", "'from' (2027-04-02) is after 'to' (2027-04-01): give the earlier day first.")]
    [InlineData("2010-01-01", "2027-04-01", "The period from 2010-01-01 to 2027-04-01 is longer than 3660 days: report on a shorter one.")]
    public void A_wrong_date_is_refused_with_what_to_write(string? from, string? to, string problem) =>
        Assert.Equal(((ReportPeriod?)null, problem), ReportPeriod.Read(from, to, Today));
}
