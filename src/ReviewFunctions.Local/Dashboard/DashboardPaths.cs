namespace ReviewFunctions.Local.Dashboard;

/// <summary>The dashboard's addresses, in one place so pages link to exactly the routes that are mapped.</summary>
public static class DashboardPaths
{
    public const string Home = "/";

    public const string StyleSheet = "/dashboard.css";

    public const string Clock = "/clock";

    public const string SignIn = "/sign-in";

    public const string SignOut = "/sign-out";

    public const string Orchestrations = "/orchestrations";

    public const string Timeliness = "/reports/timeliness";

    public static string Review(string reference) => "/reviews/" + Uri.EscapeDataString(reference);

    public static string Form(string reference, string form) => Review(reference) + "/" + form;

    public static string Letter(string reference, string name) => Review(reference) + "/letters/" + Uri.EscapeDataString(name);

    public static string LetterAsSent(string reference, string name) => Letter(reference, name) + "/as-sent";

    /// <summary>Asks for the confirmation page of an action on a review's orchestration.</summary>
    public static string OrchestrationAction(string reference, string action) => $"{Orchestrations}/{Uri.EscapeDataString(reference)}/{action}";

    /// <summary>Takes the action, once confirmed.</summary>
    public static string OrchestrationActionConfirmed(string reference, string action) => OrchestrationAction(reference, action) + "/confirmed";
}
