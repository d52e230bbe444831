using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Domain.Tests.Calendar;

/// <summary>
/// Announced changes to the standing rules in the snapshot's years (2024–2028). Each one needs a
/// source in docs/CALENDAR.md. None were found for England and Wales, Scotland or Northern Ireland.
/// </summary>
internal static class KnownOneOffs
{
    public static readonly IReadOnlyList<(Nation Division, BankHoliday Holiday)> All =
    [
        // States of Jersey, June 2024: public holiday for the visit of King Charles III and Queen
        // Camilla (BBC News, "Public holiday declared in Jersey for Royal visit").
        (Nation.Jersey, new BankHoliday(new DateOnly(2024, 7, 15), "Public holiday for the visit of King Charles III and Queen Camilla", "")),
    ];

    public static IEnumerable<BankHoliday> For(Nation division, int year) =>
        All.Where(o => o.Division == division && o.Holiday.Date.Year == year).Select(o => o.Holiday);
}
