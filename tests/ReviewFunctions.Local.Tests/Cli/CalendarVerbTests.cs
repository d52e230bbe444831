namespace ReviewFunctions.Local.Tests.Cli;

public sealed class CalendarVerbTests
{
    [Fact]
    public void Five_working_days_from_Christmas_Eve_in_Scotland_skip_Christmas_Boxing_Day_and_New_Year()
    {
        var run = CliRun.Of("calendar", "add-working-days", "--nation", "scotland", "--from", "2026-12-24", "--days", "5");

        Assert.Equal((0, "2027-01-06"), (run.ExitCode, run.Out.Trim()));
    }

    [Fact]
    public void Holidays_are_listed_as_json_with_the_gov_uk_titles()
    {
        var holidays = CliRun.Of("calendar", "holidays", "--nation", "northern-ireland", "--year", "2027", "--json").Json().EnumerateArray().ToList();

        Assert.Equal(10, holidays.Count);
        Assert.Equal(("2027-01-01", "New Year’s Day"), (holidays[0].GetProperty("date").GetString(), holidays[0].GetProperty("title").GetString()));
        Assert.Contains(holidays, h => h.GetProperty("date").GetString() == "2027-07-12");
        Assert.Contains(holidays, h => h.GetProperty("date").GetString() == "2027-03-17");
    }

    [Fact]
    public void The_raw_json_keeps_the_typographic_apostrophe()
    {
        var run = CliRun.Of("calendar", "holidays", "--nation", "england", "--year", "2027", "--json");

        Assert.Contains("\"title\": \"New Year’s Day\"", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: --days: 'five' is not a whole number", "calendar", "add-working-days", "--nation", "scotland", "--from", "2026-12-24", "--days", "five")]
    [InlineData("error: --year: required", "calendar", "holidays", "--nation", "scotland")]
    [InlineData("error: calendar: unknown action 'easter'", "calendar", "easter")]
    [InlineData("error: --nation: 'uk' is not one of", "calendar", "holidays", "--nation", "uk", "--year", "2027")]
    public void Bad_calendar_arguments_exit_with_2(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, run.Error, StringComparison.Ordinal);
    }
}
