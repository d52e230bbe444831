using Microsoft.AspNetCore.Http;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Pages;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>
/// The "signed in as" picker: choosing one of the Board's people sets a cookie naming them, and every page and form
/// after acts as that person. Only the people who can open the dashboard are offered; the intake mailbox reader is
/// an application, not a person.
/// </summary>
public sealed partial class DashboardSite
{
    public IResult ShowSignIn(HttpContext http) =>
        Page(SignInPage.Render(SignInModelOf(http, LocalPaths.OrHome(http.Request.Query["then"]), [])));

    public async Task<IResult> SignInAsync(HttpRequest request)
    {
        var http = request.HttpContext;
        var (values, refusal) = await ReadFormAsync(http);
        if (values is null)
        {
            return refusal!;
        }

        var then = LocalPaths.OrHome(values.Get("then"));
        var person = Dashboard(people).FirstOrDefault(p => p.Key == values.Get(SignInPage.Person.Name));
        if (person is null)
        {
            var errors = new[] { new FieldError(SignInPage.Person.Id, "Select who you are signing in as") };
            return Page(SignInPage.Render(SignInModelOf(http, then, errors)), StatusCodes.Status400BadRequest);
        }

        // Strictly same-site and out of script's reach: another site's page can neither send it nor read it.
        http.Response.Cookies.Append(SignedInCaller.Cookie, person.Key, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
        return SeeOther(then);
    }

    public async Task<IResult> SignOutAsync(HttpRequest request)
    {
        var http = request.HttpContext;
        var (values, refusal) = await ReadFormAsync(http);
        if (values is null)
        {
            return refusal!;
        }

        http.Response.Cookies.Delete(SignedInCaller.Cookie, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
        return SeeOther(DashboardPaths.SignIn);
    }

    private static IEnumerable<BoardPerson> Dashboard(BoardPeople board) =>
        board.All.Where(p => LocalRouteAccess.ReviewList.Allows(p.Caller));

    private SignInModel SignInModelOf(HttpContext http, string then, IReadOnlyList<FieldError> errors) =>
        new([.. Dashboard(people)], Clock, VisitorOf(http, then), token.Value, then, errors);
}
