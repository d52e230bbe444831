using ReviewFunctions.Domain.Calendar;
using static ReviewFunctions.Domain.Tests.Calendar.CalendarTestData;

namespace ReviewFunctions.Domain.Tests.Calendar;

public class FeedParsingTests
{
    private const string FourGoodEvents = """
        {"title":"New Year’s Day","date":"2027-01-01","notes":"","bunting":true},
        {"title":"Good Friday","date":"2027-03-26","notes":"","bunting":false},
        {"title":"Easter Monday","date":"2027-03-29","notes":"","bunting":true}
        """;

    [Theory]
    [InlineData("{", "The feed is not valid JSON")]
    [InlineData("", "The feed is not valid JSON")]
    [InlineData("[]", "The feed must be a JSON object keyed by division (england-and-wales, scotland, northern-ireland, jersey) but it is an array.")]
    [InlineData("""{"wales":{"events":[]}}""", "Unknown division 'wales'; expected england-and-wales, scotland, northern-ireland, jersey.")]
    [InlineData("""{"scotland":{"events":[]},"scotland":{"events":[]}}""", "Division 'scotland' appears more than once.")]
    [InlineData("""{"scotland":[]}""", "'scotland' must be an object with an events array but it is an array.")]
    [InlineData("""{"scotland":{"division":"england-and-wales","events":[]}}""", "scotland.division is 'england-and-wales' but the key is 'scotland'.")]
    [InlineData("""{"scotland":{"division":"scotland"}}""", "scotland.events is missing.")]
    [InlineData("""{"scotland":{"events":{}}}""", "scotland.events must be an array but it is an object.")]
    [InlineData("""{"scotland":{"events":[5]}}""", "scotland.events[0] must be an object but it is the number 5.")]
    [InlineData("""{"scotland":{"events":[{"date":"2027-01-01"}]}}""", "scotland.events[0].title is missing.")]
    [InlineData("""{"scotland":{"events":[{"title":" ","date":"2027-01-01"}]}}""", "scotland.events[0].title is empty.")]
    [InlineData("""{"scotland":{"events":[{"title":7,"date":"2027-01-01"}]}}""", "scotland.events[0].title must be a string but it is the number 7.")]
    [InlineData("""{"scotland":{"events":[{"title":"2nd January"}]}}""", "scotland.events[0].date is missing.")]
    [InlineData("""{"scotland":{"events":[{"title":"2nd January","date":null}]}}""", "scotland.events[0].date must be a string but it is null.")]
    [InlineData("""{"scotland":{"events":[{"title":"2nd January","date":"04/01/2027"}]}}""", "scotland.events[0].date '04/01/2027' is not a yyyy-MM-dd date.")]
    [InlineData("""{"scotland":{"events":[{"title":"2nd January","date":"2027-1-4"}]}}""", "scotland.events[0].date '2027-1-4' is not a yyyy-MM-dd date.")]
    [InlineData("""{"scotland":{"events":[{"title":"2nd January","date":"2027-01-04","notes":false}]}}""", "scotland.events[0].notes must be a string but it is false.")]
    [InlineData("""{"scotland":{"events":[{"title":"2nd January","date":"2027-01-04","bunting":"yes"}]}}""", "scotland.events[0].bunting must be true or false but it is 'yes'.")]
    public void Malformed_feeds_are_rejected_with_a_message_that_names_the_fault(string json, string message)
    {
        var ex = Assert.Throws<CalendarFeedException>(() => UkCalendar.FromRules().WithFeed(json));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_date_names_the_event_by_index()
    {
        const string json = "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[" + FourGoodEvents + """
            ,{"title":"Early May bank holiday","date":"2027-13-01","notes":"","bunting":true}]}}
            """;

        var ex = Assert.Throws<CalendarFeedException>(() => UkCalendar.FromRules().WithFeed(json));

        Assert.Equal("england-and-wales.events[3].date '2027-13-01' is not a yyyy-MM-dd date.", ex.Message);
    }

    [Fact]
    public void A_date_listed_twice_is_rejected()
    {
        const string json = "{\"northern-ireland\":{\"events\":[" + FourGoodEvents + """
            ,{"title":"Good Friday again","date":"2027-03-26"}]}}
            """;

        var ex = Assert.Throws<CalendarFeedException>(() => UkCalendar.FromRules().WithFeed(json));

        Assert.Equal("northern-ireland.events[3].date '2027-03-26' repeats northern-ireland.events[1].", ex.Message);
    }

    [Fact]
    public void A_null_feed_is_a_programming_error() =>
        Assert.Throws<ArgumentNullException>(() => UkCalendar.FromRules().WithFeed(null!));

    [Fact]
    public void Invalid_json_keeps_the_parser_error_as_the_inner_exception()
    {
        var ex = Assert.Throws<CalendarFeedException>(() => UkCalendar.FromRules().WithFeed("{\"scotland\":"));
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public void Optional_fields_may_be_left_out_and_unknown_fields_are_ignored()
    {
        const string json = """
            {"scotland":{"events":[{"title":"Extra day","date":"2027-06-14","colour":"red"}],"slug":"x"}}
            """;

        var calendar = UkCalendar.FromRules().WithFeed(json);

        Assert.Equal([new BankHoliday(Date("2027-06-14"), "Extra day", "")], calendar.Holidays(Nation.Scotland, 2027));
    }

    [Fact]
    public void An_empty_feed_changes_nothing()
    {
        var calendar = UkCalendar.FromRules().WithFeed("""{"england-and-wales":{"division":"england-and-wales","events":[]}}""");
        Assert.Equal(UkCalendar.FromRules().Holidays(Nation.England, 2027), calendar.Holidays(Nation.England, 2027));
    }

    [Fact]
    public void A_rejected_feed_leaves_the_calendar_it_was_applied_to_untouched()
    {
        var calendar = UkCalendar.FromRules();
        Assert.Throws<CalendarFeedException>(() => calendar.WithFeed("""{"scotland":{"events":[{"title":"x","date":"2027-02-30"}]}}"""));
        Assert.Equal(9, calendar.Holidays(Nation.Scotland, 2027).Count);
    }
}
