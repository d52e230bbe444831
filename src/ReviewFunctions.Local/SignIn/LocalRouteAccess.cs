using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Access;

namespace ReviewFunctions.Local.SignIn;

/// <summary>
/// Who may call the routes only the local host has. Together with <see cref="ApiRoutes"/> this is every route the host
/// serves; each endpoint carries its entry, and one the gate finds without an entry is refused.
/// </summary>
public static class LocalRouteAccess
{
    private static readonly string[] Readers = [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Chair, BoardRoles.Auditor, BoardRoles.Participant];
    private static readonly string[] Recorders = [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Chair, BoardRoles.Participant];
    private static readonly string[] AdminView = [BoardRoles.Admin, BoardRoles.Auditor];
    private static readonly string[] Admin = [BoardRoles.Admin];
    private static readonly string[] BoardReaders = [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Chair, BoardRoles.Auditor];
    private static readonly string[] ClockMovers = [BoardRoles.Admin, BoardRoles.Manager];

    public static readonly RouteAccess Outbox = new("GET", "/api/outbox", [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Auditor], "Reading every letter sent");
    public static readonly RouteAccess CaseFile = new("GET", "/api/casefiles/{reference}", Readers, "Reading a review's case file");
    public static readonly RouteAccess Mails = new("GET", "/api/mails", [BoardRoles.Admin, BoardRoles.Manager, BoardRoles.Auditor], "Reading every letter sent");
    public static readonly RouteAccess ClearMails = new("DELETE", "/api/mails", [BoardRoles.Admin], "Emptying the local mail service's outbox");
    public static readonly RouteAccess MoveClock = new("POST", "/api/clock/advance", ClockMovers, "Moving the clock");

    public static readonly RouteAccess ListInstances = new("GET", "/runtime/webhooks/durabletask/instances", AdminView, "Listing the reviews' orchestrations");
    public static readonly RouteAccess GetInstance = new("GET", "/runtime/webhooks/durabletask/instances/{instanceId}", AdminView, "Reading an orchestration's status");
    public static readonly RouteAccess TerminateInstance = new("POST", "/runtime/webhooks/durabletask/instances/{instanceId}/terminate", Admin, "Terminating an orchestration");
    public static readonly RouteAccess RaiseInstanceEvent = new("POST", "/runtime/webhooks/durabletask/instances/{instanceId}/raiseEvent/{eventName}", Admin, "Raising an event on an orchestration");
    public static readonly RouteAccess RewindInstance = new("POST", "/runtime/webhooks/durabletask/instances/{instanceId}/rewind", Admin, "Rewinding an orchestration");
    public static readonly RouteAccess PurgeInstance = new("DELETE", "/runtime/webhooks/durabletask/instances/{instanceId}", Admin, "Purging an orchestration's history");

    /// <summary>The local stand-in for SendGrid checks its own API key, as SendGrid does; no person signs in to it.</summary>
    public static readonly RouteAccess SendMail = new("POST", "/v3/mail/send", [], "Sending mail through the local mail service");
    public static readonly RouteAccess FindMail = new("GET", "/v3/messages", [], "Asking the local mail service whether a message went");

    public static readonly RouteAccess SignInPage = new("GET", "/sign-in", [], "Choosing who to act as");
    public static readonly RouteAccess SignInAs = new("POST", "/sign-in", [], "Choosing who to act as");
    public static readonly RouteAccess SignOut = new("POST", "/sign-out", [], "Signing out");
    public static readonly RouteAccess StyleSheet = new("GET", "/dashboard.css", [], "The dashboard's style sheet");
    public static readonly RouteAccess Icon = new("GET", "/favicon.ico", [], "The browser's icon request");
    public static readonly RouteAccess ReviewList = new("GET", "/", Readers, "Listing reviews");
    public static readonly RouteAccess ReviewPage = new("GET", "/reviews/{reference}", Readers, "Reading a review");
    public static readonly RouteAccess Letter = new("GET", "/reviews/{reference}/letters/{name}", Readers, "Reading a review's letter");
    public static readonly RouteAccess LetterAsSent = new("GET", "/reviews/{reference}/letters/{name}/as-sent", Readers, "Reading a review's letter");
    public static readonly RouteAccess TimelinessPage = new("GET", "/reports/timeliness", BoardReaders, "Reading the timeliness report");
    public static readonly RouteAccess Orchestrations = new("GET", "/orchestrations", AdminView, "Seeing the reviews' orchestrations");
    public static readonly RouteAccess ClockForm = new("POST", "/clock", ClockMovers, "Moving the clock");
    public static readonly RouteAccess ReviewForm = new("POST", "/reviews/{reference}/{form}", Recorders, "Recording on a review");
    public static readonly RouteAccess OrchestrationAction = new("POST", "/orchestrations/{reference}/{action}", Admin, "Managing an orchestration");
    public static readonly RouteAccess OrchestrationActionConfirmed = new("POST", "/orchestrations/{reference}/{action}/confirmed", Admin, "Managing an orchestration");

    public static readonly IReadOnlyList<RouteAccess> LocalOnly =
    [
        Outbox, Mails, ClearMails, CaseFile, MoveClock, ListInstances, GetInstance, TerminateInstance, RaiseInstanceEvent, RewindInstance, PurgeInstance, SendMail, FindMail,
        SignInPage, SignInAs, SignOut, StyleSheet, Icon, ReviewList, ReviewPage, Letter, LetterAsSent, TimelinessPage, Orchestrations, ClockForm, ReviewForm,
        OrchestrationAction, OrchestrationActionConfirmed,
    ];

    public static readonly IReadOnlyList<RouteAccess> All = [.. ApiRoutes.All, .. LocalOnly];
}
