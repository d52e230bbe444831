using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// "Who are you?": in Azure the Board's directory signs people in; on this computer a person picks one of the Board's
/// people, and every page and form then acts as them, with exactly their roles.
/// </summary>
public static class SignInPage
{
    public const string Title = "Sign in";

    public static readonly Field Person = new("person", "person", "Who are you signing in as?");

    public static string Render(SignInModel model)
    {
        var html = new HtmlBuilder();
        html.Add(ErrorSummary.Of(model.Errors));
        html.Add($"""
            <h1>{Title}</h1>
            <p>This dashboard runs on this computer only, so instead of signing in with a password you choose which of the Board's people to act as. Everything you record is kept in their name, with the role they act in, and you see only what their roles let them see.</p>
            <form method="post" action="{DashboardPaths.SignIn}" novalidate>
            """);
        Fields.Token(html, model.Token);
        html.Add($"""<input type="hidden" name="then" value="{model.Then}">""");
        var people = model.People.Select(p => new Choice(p.Key, p.Caller.Name, Hint(p))).ToList();
        var chosen = model.People.FirstOrDefault(p => p.Caller == model.Visitor.Caller)?.Key ?? string.Empty;
        Fields.Radios(html, Person, people, chosen, model.Errors.FirstOrDefault(e => e.FieldId == Person.Id)?.Message);
        Fields.Button(html, "Sign in");
        html.Add($"</form>\n");
        if (model.Visitor.Caller is not null)
        {
            html.Add($"""<form method="post" action="{DashboardPaths.SignOut}" novalidate>""");
            Fields.Token(html, model.Token);
            Fields.Button(html, "Sign out", "button--secondary");
            html.Add($"</form>\n");
        }

        return Layout.Page(new PageShell(Title, model.Clock, model.Visitor, [], model.Errors.Count > 0, DashboardPaths.SignIn), html.ToFragment());
    }

    /// <summary>"business-manager@westbridge-scp.example. Board business manager (Board.Manager)".</summary>
    private static string Hint(BoardPerson person)
    {
        var roles = string.Join(", ", person.Caller.Roles.Order(StringComparer.Ordinal).Select(r => $"{EventWords.BoardRole(r)} ({r})"));
        return person.Caller.Email is { } email ? $"{email}. {roles}" : roles;
    }
}
