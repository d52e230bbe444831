using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// The snapshot embedded in the Domain assembly must be exactly the rules plus the announced
/// one-offs for 2024–2028, so it cannot drift from either. To regenerate it after changing the
/// rules or <see cref="KnownOneOffs"/>, run the tests with REVIEWFUNCTIONS_WRITE_CALENDAR_SNAPSHOT=1.
/// </summary>
public class ShippedSnapshotTests
{
    private const string ResourceName = "ReviewFunctions.Domain.Calendar.bank-holidays.json";
    private const int FirstYear = 2024;
    private const int LastYear = 2028;

    [Fact]
    public void The_shipped_snapshot_is_the_rules_plus_the_known_one_offs()
    {
        var expected = SnapshotJson.Write(nation =>
            Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(year =>
                UkCalendar.FromRules().Holidays(nation, year).Concat(KnownOneOffs.For(nation, year))));

        if (Environment.GetEnvironmentVariable("REVIEWFUNCTIONS_WRITE_CALENDAR_SNAPSHOT") == "1")
        {
            File.WriteAllText(SourcePath(), expected);
        }

        Assert.Equal(expected, ReadShipped().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_shipped_uk_years_agree_with_the_real_gov_uk_feed(int year)
    {
        var real = UkCalendar.FromRules().WithFeed(GovUkFeed2018To2025);
        foreach (var nation in new[] { Nation.England, Nation.Scotland, Nation.NorthernIreland })
        {
            Assert.Equal(real.Holidays(nation, year), UkCalendar.Default.Holidays(nation, year));
        }
    }

    [Fact]
    public void The_default_calendar_uses_the_snapshot_over_the_rules()
    {
        var kingsVisit = Date("2024-07-15");
        Assert.True(UkCalendar.Default.IsHoliday(Nation.Jersey, kingsVisit));
        Assert.False(UkCalendar.FromRules().IsHoliday(Nation.Jersey, kingsVisit));
        Assert.Equal(10, UkCalendar.Default.Holidays(Nation.Jersey, 2024).Count);
    }

    [Fact]
    public void The_default_calendar_falls_back_to_the_rules_outside_the_snapshot()
    {
        foreach (var nation in Enum.GetValues<Nation>())
        {
            Assert.Equal(UkCalendar.FromRules().Holidays(nation, 2035), UkCalendar.Default.Holidays(nation, 2035));
        }
    }

    private static string ReadShipped()
    {
        using var stream = typeof(UkCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string SourcePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReviewFunctions.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("Cannot find ReviewFunctions.sln above the test output folder.")
            : Path.Combine(directory.FullName, "src", "ReviewFunctions.Domain", "Calendar", "Data", "bank-holidays.json");
    }
}
