using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Local.Engine;

namespace ReviewFunctions.Local.Tests.Engine;

public sealed class MorningDigestTimesTests
{
    private static readonly MorningDigestTimes England = new(UkCalendar.Default, Nation.England);

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2027-02-08T08:00:00Z", "2027-02-08T09:05:00Z")] // a Monday morning in winter: 09:05 UK is 09:05 UTC
    [InlineData("2027-02-08T09:05:00Z", "2027-02-08T09:05:00Z")] // exactly due: a host stopped as it fell due still sends it
    [InlineData("2027-02-08T09:05:01Z", "2027-02-09T09:05:00Z")]
    [InlineData("2027-02-12T10:00:00Z", "2027-02-15T09:05:00Z")] // Friday after the digest: Monday
    [InlineData("2027-03-26T10:00:00Z", "2027-03-30T08:05:00Z")] // Good Friday and Easter Monday skipped; British Summer Time by then
    [InlineData("2027-12-24T12:00:00Z", "2027-12-29T09:05:00Z")] // Christmas Day on a Saturday: the bank holidays move to the 27th and 28th
    public void The_digest_goes_at_five_past_nine_UK_time_on_working_days(string now, string expected) =>
        Assert.Equal(At(expected), England.AtOrAfter(At(now)));

    [Fact]
    public void After_a_digest_the_next_is_the_next_working_morning() =>
        Assert.Equal(At("2027-02-09T09:05:00Z"), England.After(At("2027-02-08T09:05:00Z")));

    [Fact]
    public void Scotland_keeps_its_own_bank_holidays()
    {
        var scotland = new MorningDigestTimes(UkCalendar.Default, Nation.Scotland);

        // 2 January is a bank holiday in Scotland only (4 January 2027 in Scotland, as the 2nd is a Saturday).
        Assert.Equal(At("2027-01-04T09:05:00Z"), England.AtOrAfter(At("2027-01-02T10:00:00Z")));
        Assert.Equal(At("2027-01-05T09:05:00Z"), scotland.AtOrAfter(At("2027-01-02T10:00:00Z")));
    }
}
