using System.Globalization;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Tests.Calendar;

internal static class CalendarTestData
{
    public const string SubstituteDay = "Substitute day";

    /// <summary>
    /// The real gov.uk bank-holidays.json for 2018–2025 (England and Wales, Scotland, Northern
    /// Ireland), transcribed event by event. Open Government Licence v3.0.
    /// </summary>
    public static string GovUkFeed2018To2025 => ReadFixture("govuk-bank-holidays-2018-2025.json");

    public static DateOnly Date(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Nation NationNamed(string name) =>
        NationNames.TryParse(name, out var nation) ? nation : throw new ArgumentException($"No nation '{name}'.", nameof(name));

    public static BankHoliday? On(this IReadOnlyList<BankHoliday> holidays, string isoDate) =>
        holidays.SingleOrDefault(h => h.Date == Date(isoDate));

    public static string[] Dates(this IEnumerable<BankHoliday> holidays) =>
        [.. holidays.Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    private static string ReadFixture(string name)
    {
        using var stream = typeof(CalendarTestData).Assembly.GetManifestResourceStream($"Fixtures.{name}")
            ?? throw new InvalidOperationException($"Fixture {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
