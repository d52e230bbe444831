using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// The reviews the signed-in person may see, at a glance: what each is, where it has got to, what is due next and what
/// is overdue; and the practice clock, for those who may move it.
/// </summary>
public static class ReviewListPage
{
    public static string Render(ReviewListModel model)
    {
        var errors = model.Posted?.Errors ?? [];
        var html = new HtmlBuilder();
        html.Add(ErrorSummary.Of(errors));
        if (model.ClockMoved)
        {
            html.Add($"""
                <div class="banner" role="alert" aria-labelledby="banner-title">
                <h2 class="banner__title" id="banner-title">Success</h2>
                <div class="banner__content"><p>The clock has moved forward to {UkDates.DayAndTime(model.Clock.Now)}. Every reminder and deadline on the way has been dealt with.</p></div>
                </div>

                """);
        }

        html.Add($"<h1>Case reviews</h1>\n");
        Reviews(html, model);
        Clock(html, model);
        return Layout.Page(new PageShell("Case reviews", model.Clock, model.Visitor, [], errors.Count > 0, DashboardPaths.Home), html.ToFragment());
    }

    private static void Reviews(HtmlBuilder html, ReviewListModel model)
    {
        if (model.Reviews.Count == 0)
        {
            if (model.Visitor.Caller is { } caller && !caller.HasAny(BoardRoles.SeeEveryReview))
            {
                html.Add($"<p>You are not a member of any review yet. The Board's business manager adds the people on each review.</p>\n");
            }
            else
            {
                html.Add($"<p>There are no reviews yet. A review starts when intake accepts a referral.</p>\n");
            }

            return;
        }

        var overdue = model.Reviews.Count(r => r.OverdueCount > 0);
        html.Add($"""<p class="lead">{Count(model.Reviews.Count, "review", "reviews")}, {(overdue == 0 ? "none with overdue steps" : $"{Count(overdue, "review", "reviews")} with overdue steps")}.</p>""");
        TableFrame.Open(html, "reviews-table", "Every review, by reference", "table--small table--fixed table--marked", captionVisible: false);
        html.Add($"""
            <thead><tr><th scope="col" class="w-15">Reference</th><th scope="col" class="w-15">Kind</th><th scope="col" class="w-10">Nation</th><th scope="col" class="w-15">Stage</th><th scope="col" class="w-35">Next step due</th><th scope="col" class="w-10">Overdue</th></tr></thead>
            <tbody>

            """);
        foreach (var review in model.Reviews)
        {
            Row(html, model, review);
        }

        TableFrame.Close(html);
    }

    private static void Row(HtmlBuilder html, ReviewListModel model, ReviewIndexEntry review)
    {
        html.Add($"""
            <tr{Fields.Classes(review.OverdueCount > 0 ? "row--overdue" : string.Empty)}>
            <th scope="row" class="nowrap"><a href="{DashboardPaths.Review(review.Reference)}">{review.Reference}</a></th>
            <td>{Words.KindTitle(model.Catalogue, review.Kind)}</td>
            <td>{Words.Nation(review.Nation)}</td>
            <td>{Words.Stage(review.Stage)}</td>
            <td>{NextDue(model, review)}</td>
            <td>{Overdue(review.OverdueCount)}</td>
            </tr>

            """);
    }

    private static HtmlFragment NextDue(ReviewListModel model, ReviewIndexEntry review) => HtmlFragment.Of(html =>
    {
        if (review.NextDue is not { } due || review.NextDueStep is null)
        {
            html.Add($"""<span class="secondary-text">{(review.Finished ? "Finished" : "Nothing open")}</span>""");
            return;
        }

        if (due <= model.Clock.Now)
        {
            html.Add($"""<strong class="overdue-text">Overdue: was due {UkDates.Deadline(due)}</strong>""");
        }
        else
        {
            html.Add($"""<strong>{UkDates.Deadline(due)}</strong>""");
        }

        html.Add($"""<br>{Words.StepTitle(model.Catalogue, review.Kind, review.NextDueStep)}""");
    });

    private static HtmlFragment Overdue(int count) => HtmlFragment.Of(html =>
    {
        if (count > 0)
        {
            html.Add($"""<strong class="tag tag--red">{count} overdue</strong>""");
        }
        else
        {
            html.Add($"""<span class="secondary-text">None</span>""");
        }
    });

    private static void Clock(HtmlBuilder html, ReviewListModel model)
    {
        html.Add($"""<h2 id="clock">Clock</h2>""");
        if (!model.Clock.IsVirtual)
        {
            html.Add($"<p>This host runs on the computer's own clock, so time cannot be moved. Start it with <code>--clock virtual</code> to practise a review in fast forward.</p>\n");
            return;
        }

        html.Add($"""
            <p>The clock says it is {UkDates.DayAndTime(model.Clock.Now)}. It is a practice clock: move it forward to see reminders, escalations and deadlines happen as they would. It never goes back.</p>

            """);
        if (model.Visitor.Caller is { } caller && LocalRouteAccess.ClockForm.Allows(caller))
        {
            ClockForm.Render(html, model);
        }
        else
        {
            html.Add($"<p>The Board's business manager or an administrator moves it.</p>\n");
        }
    }

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
