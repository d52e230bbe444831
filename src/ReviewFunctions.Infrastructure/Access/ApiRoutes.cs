using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Infrastructure.Access;

/// <summary>
/// The review API's routes and who may call each: the one table both hosts enforce and the authorisation tests are
/// generated from. A route that is not here is refused by both hosts, and fails the tests.
/// </summary>
public static class ApiRoutes
{
    private static readonly string[] Readers = [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Chair, BoardRoles.Auditor, BoardRoles.Participant];

    /// <summary>The Board's reports cover every review, so only those who see every review ask for them.</summary>
    private static readonly string[] BoardReaders = [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Chair, BoardRoles.Auditor];

    public static readonly RouteAccess StartReview = new("POST", "/api/reviews", [BoardRoles.Admin], "Importing a review whose reference intake issued");

    public static readonly RouteAccess ListReviews = new("GET", "/api/reviews", Readers, "Listing reviews");

    public static readonly RouteAccess GetReview = new("GET", "/api/reviews/{reference}", Readers, "Reading a review");

    public static readonly RouteAccess GetReviewHistory = new("GET", "/api/reviews/{reference}/history", Readers, "Reading a review's history");

    public static readonly RouteAccess RecordReviewEvent = new(
        "POST", "/api/reviews/{reference}/events", [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Chair, BoardRoles.Participant], "Recording on a review");

    public static readonly RouteAccess IntakeEmail = new("POST", "/api/intake/email", [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.IntakeSubmitter], "Sending in a referral");

    public static readonly RouteAccess SendChronology = new(
        "POST", "/api/reviews/{reference}/chronologies", [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Participant], "Sending in an agency's chronology");

    public static readonly RouteAccess GetChronology = new("GET", "/api/reviews/{reference}/chronology", Readers, "Reading a review's integrated chronology");

    public static readonly RouteAccess ChronologyCsv = new("GET", "/api/reviews/{reference}/chronology.csv", Readers, "Reading a review's integrated chronology");

    public static readonly RouteAccess ChronologyDocx = new("GET", "/api/reviews/{reference}/chronology.docx", Readers, "Reading a review's integrated chronology");

    public static readonly RouteAccess TimelinessReport = new("GET", "/api/reports/timeliness", BoardReaders, "Reading the timeliness report");

    public static readonly RouteAccess TimelinessReportCsv = new("GET", "/api/reports/timeliness.csv", BoardReaders, "Reading the timeliness report");

    public static readonly RouteAccess TrackerCsv = new("GET", "/api/reports/tracker.csv", BoardReaders, "Exporting the case review tracker");

    /// <summary>Open to the platform's health probe, which does not sign in; it says nothing about any review.</summary>
    public static readonly RouteAccess Health = new("GET", "/api/health", [], "Checking the service's health");

    public static readonly IReadOnlyList<RouteAccess> All = [StartReview, ListReviews, GetReview, GetReviewHistory, RecordReviewEvent, SendChronology, GetChronology, ChronologyCsv, ChronologyDocx, IntakeEmail, TimelinessReport, TimelinessReportCsv, TrackerCsv, Health];
}
