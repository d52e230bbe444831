using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The sign-in picker: the Board's people who can use the dashboard, where to go next, and a choice that came back.</summary>
/// <param name="Then">The local page to go to once signed in.</param>
public sealed record SignInModel(
    IReadOnlyList<BoardPerson> People,
    ClockView Clock,
    Visitor Visitor,
    string Token,
    string Then,
    IReadOnlyList<FieldError> Errors);
