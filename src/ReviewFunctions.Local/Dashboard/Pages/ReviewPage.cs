using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// One review: what it is, its timeline, notices, people and action plan, who recorded what, then the forms the
/// signed-in person may use to record what happened.
/// </summary>
public static class ReviewPage
{
    public static string Render(ReviewPageModel model)
    {
        var review = model.Review;
        var errors = model.Posted?.Errors ?? [];
        var html = new HtmlBuilder();
        html.Add(ErrorSummary.Of(errors));
        if (model.Recorded is { } recorded)
        {
            html.Add($"""
                <div class="banner" role="alert" aria-labelledby="banner-title">
                <h2 class="banner__title" id="banner-title">Success</h2>
                <div class="banner__content"><p>{recorded}</p></div>
                </div>

                """);
        }

        html.Add($"""<h1><span class="caption">{review.Title}</span>Review {review.Reference}</h1>""");
        html.Add($"\n");
        Status(html, model);
        About(html, model);
        Contents(html);
        TimelineSection.Write(html, model);
        NoticesSection.Write(html, model);
        PeopleSection.Write(html, model);
        ActionPlanSection.Write(html, model);
        ChronologySection.Write(html, model);
        HistorySection.Write(html, model);
        Record(html, model);
        return Layout.Page(
            new PageShell($"Review {review.Reference}", model.Clock, model.Visitor, [new Crumb("All reviews", DashboardPaths.Home), new Crumb($"Review {review.Reference}", null)], errors.Count > 0),
            html.ToFragment());
    }

    private static void Status(HtmlBuilder html, ReviewPageModel model)
    {
        if (model.Review.Finished)
        {
            html.Add($"""<div class="inset"><p><strong>This review has finished.</strong> {model.Review.FinishedReason}</p></div>""");
            return;
        }

        var overdue = model.Review.Steps.Count(s => s.Status == "overdue");
        if (overdue > 0)
        {
            html.Add($"""<div class="warning"><p><span class="overdue-text">{(overdue == 1 ? "1 step is overdue" : $"{overdue} steps are overdue")}.</span> <a href="#timeline">See the timeline</a></p></div>""");
        }
    }

    private static void About(HtmlBuilder html, ReviewPageModel model)
    {
        var review = model.Review;
        html.Add($"""
            <dl class="summary-list">
            <div class="summary-list__row"><dt>Kind</dt><dd>{review.Title}</dd></div>
            <div class="summary-list__row"><dt>Nation</dt><dd>{Words.Nation(review.Nation)}</dd></div>
            <div class="summary-list__row"><dt>Stage</dt><dd>{Words.Stage(review.Stage)}</dd></div>
            <div class="summary-list__row"><dt>Referral received</dt><dd>{UkDates.Recorded(review.ReceivedAt)}</dd></div>
            <div class="summary-list__row"><dt>Decision</dt><dd>{Decision(model)}</dd></div>
            <div class="summary-list__row"><dt>Themes</dt><dd>{(model.State.Themes.IsEmpty ? "None recorded" : string.Join(", ", model.State.Themes))}</dd></div>
            {Publication(model)}</dl>

            """);
    }

    /// <summary>Where the report stands, for a kind of review that publishes one.</summary>
    private static HtmlFragment Publication(ReviewPageModel model) => HtmlFragment.Of(html =>
    {
        if (model.Procedure?.PublicationStep is null)
        {
            return;
        }

        var state = model.State;
        html.Add($"""<div class="summary-list__row"><dt>Publication</dt><dd>""");
        if (state.Publication is { } published)
        {
            html.Add($"""Published on {UkDates.Day(published.PublishedOn)} at <a href="{published.Link}">{published.Link}</a>""");
        }
        else if (state.Embargoed)
        {
            html.Add($"""<strong class="tag tag--yellow">Held</strong> since {UkDates.DayAndTime(state.Embargo!.At)}: {state.Embargo.Reason}""");
        }
        else if (state.EmbargoLift is { } lift)
        {
            html.Add($"To be published by {UkDates.Day(lift.PublishBy)}; the embargo was lifted on {UkDates.DayAndTime(lift.At)}");
        }
        else
        {
            html.Add($"Not published yet");
        }

        html.Add($"</dd></div>\n");
    });

    private static HtmlFragment Decision(ReviewPageModel model) => HtmlFragment.Of(html =>
    {
        if (model.Review.Decision is not { } decision)
        {
            html.Add($"Not recorded yet");
            return;
        }

        var outcome = decision.Outcome == "review" ? $"Hold a {Words.KindTitle(model.Catalogue, decision.Kind)}" : "Do not hold a review";
        html.Add($"""{outcome}<br><span class="secondary-text">Recorded {UkDates.Recorded(decision.At)} by {decision.By}</span><br>Reasons: {decision.Reasons}""");
    });

    private static void Contents(HtmlBuilder html) => html.Add($"""
        <nav class="contents" aria-labelledby="contents-title">
        <h2 id="contents-title">On this page</h2>
        <ul>
        <li><a href="#timeline">Timeline</a></li>
        <li><a href="#notices">Notices and letters</a></li>
        <li><a href="#members">Members and case files</a></li>
        <li><a href="#action-plan">Action plan</a></li>
        <li><a href="#chronology">Integrated chronology</a></li>
        <li><a href="#history">History</a></li>
        <li><a href="#record">Record what has happened</a></li>
        </ul>
        </nav>

        """);

    private static void Record(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""<h2 id="record">Record what has happened</h2>""");
        var forms = ReviewForms.All.Where(f => f.Applies(model) || model.Posted?.Form == f.Name).ToList();
        if (forms.Count == 0)
        {
            html.Add($"<p>{(model.Review.Finished ? "Nothing more can be recorded on this review." : "There is nothing on this review for you to record now.")}</p>\n");
            return;
        }

        html.Add($"<p>Each form is checked against the review's procedure before anything is recorded. If it cannot be recorded you will be told why.</p>\n");
        foreach (var form in forms)
        {
            form.Render(html, model);
        }
    }
}
