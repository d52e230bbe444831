namespace ReviewFunctions.Domain.Calendar;

/// <summary>
/// Titles exactly as gov.uk spells them (curly apostrophes included) so that a calendar built from
/// the rules and one loaded from the feed read the same.
/// </summary>
internal static class HolidayTitles
{
    public const string NewYearsDay = "New Year’s Day";
    public const string SecondJanuary = "2nd January";
    public const string StPatricksDay = "St Patrick’s Day";
    public const string GoodFriday = "Good Friday";
    public const string EasterMonday = "Easter Monday";
    public const string EarlyMay = "Early May bank holiday";
    public const string LiberationDay = "Liberation Day";
    public const string Spring = "Spring bank holiday";
    public const string BattleOfTheBoyne = "Battle of the Boyne (Orangemen’s Day)";
    public const string Summer = "Summer bank holiday";
    public const string StAndrewsDay = "St Andrew’s Day";
    public const string ChristmasDay = "Christmas Day";
    public const string BoxingDay = "Boxing Day";

    public const string SubstituteDay = "Substitute day";
}
