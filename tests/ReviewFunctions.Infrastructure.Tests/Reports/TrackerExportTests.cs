using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reports.Tracker;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.Reports;

namespace ReviewFunctions.Infrastructure.Tests.Reports;

/// <summary>
/// Five reviews in the states the tracker tells apart, exported and compared row by row with a fixture written by hand
/// (<c>tracker-fixture.csv</c>): a Rapid Review, one converted to a CSPR, an embargoed DHR, a published SCR and an audit.
/// The type, status, themes, dates, sign-off and publication columns were written from the events below; the next step,
/// its due date and the overdue count are the schedule's, checked once by hand (the Rapid Review's notification is due
/// 5 working days after the referral on Monday 8 February 2027: Monday 15 February; the DHR's three overdue steps
/// include its chair's progress report, due on Monday 1 March and not sent here) and kept as they came.
/// </summary>
public sealed class TrackerExportTests
{
    private const string Board = "Westbridge Safeguarding Children Partnership";
    private const string Chair = "chair@westbridge.example";
    private const string Manager = "bm@westbridge.example";
    private static readonly ReviewEngine Engine = new(ProcedureCatalogue.Embedded, UkCalendar.Default);
    private static readonly DateTimeOffset Now = Uk(2027, 3, 15, 9);

    [Fact]
    public void Each_review_is_exported_as_the_tracker_records_it()
    {
        var csv = TrackerOutputs.Csv(Reviews().Select(r => TrackerMapping.Of(Engine, r, Board, Now)));

        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Reports", "tracker-fixture.csv"));
        var actual = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void A_review_is_closed_once_published_embargoed_or_signed_off_and_open_before()
    {
        var reviews = Reviews();

        Assert.Equal([false, false, true, true, false], reviews.Select(TrackerMapping.IsClosed));
    }

    private static List<ReviewState> Reviews()
    {
        var rapid = Start("CR-2027-0001", "cspr");

        var converted = Start("CR-2027-0002", "cspr");
        converted = Record(converted, new DecisionRecorded(Uk(2027, 2, 25, 14), DecisionOutcome.Review, "cspr", "A local review will find learning.", Chair));
        converted = Record(converted, new ThemesRecorded(Uk(2027, 2, 26, 10), ["neglect", "domestic abuse", "parental mental health"], Manager));

        var embargoed = Start("CR-2027-0003", "dhr");
        embargoed = Record(embargoed, new DecisionRecorded(Uk(2027, 2, 22, 11), DecisionOutcome.Review, "dhr", "Criteria met.", Chair));
        embargoed = Record(embargoed, new EmbargoRecorded(Uk(2027, 3, 1, 10), "Criminal proceedings are under way.", Chair));
        embargoed = Record(embargoed, new ThemesRecorded(Uk(2027, 3, 1, 11), ["domestic abuse"], Manager));

        var published = Start("CR-2027-0004", "scr");
        published = Record(published, new DecisionRecorded(Uk(2027, 2, 15, 9), DecisionOutcome.Review, "scr", "Criteria met.", Chair));
        published = Record(published, new StepCompleted(Uk(2027, 3, 5, 16), "review-complete", Manager));
        published = Record(published, new PublicationRecorded(Uk(2027, 3, 12, 10), new DateOnly(2027, 3, 11), "https://westbridge.example/reviews/child-d", Manager));

        var audit = Start("CR-2027-0005", "maca");
        return [rapid, converted, embargoed, published, audit];
    }

    private static ReviewState Start(string reference, string kind)
    {
        var (state, rejection) = Engine.Start(new ReferralReceived(Uk(2027, 2, 8, 10), reference, kind, Nation.England, new DateOnly(2027, 2, 5), null, ["Police", "Health"], "intake"));
        Assert.Null(rejection);
        return state!;
    }

    private static ReviewState Record(ReviewState state, ReviewEvent e)
    {
        var (next, recorded, rejection) = Engine.Apply(state, e);
        Assert.True(recorded is not null, rejection?.Message);
        return next;
    }

    private static DateTimeOffset Uk(int year, int month, int day, int hour) => UkTime.At(new DateOnly(year, month, day), new TimeOnly(hour, 0));
}
