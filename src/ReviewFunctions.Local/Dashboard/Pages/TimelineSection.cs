using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// Every step of the review in procedure order, one table per phase: when it is due, whether it is done, by whom and
/// with what note. How each date is worked out (rule, source, how sure we are) is folded away under each step.
/// </summary>
public static class TimelineSection
{
    public static void Write(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""
            <h2 id="timeline">Timeline</h2>
            <p>A step that is <strong>waiting</strong> opens when the step it follows is done, or, for the review's own steps, when the Board decides to hold a review. Dates marked <strong>estimated</strong> assume the steps before them are done on their own due dates. Numbers marked <strong>unverified</strong> could not be confirmed against current guidance: check them before relying on them.</p>

            """);
        foreach (var phase in model.Review.Steps.GroupBy(s => s.Phase))
        {
            TableFrame.Open(html, $"timeline-{phase.Key}", Words.Phase(phase.Key), "table--small table--fixed table--marked");
            html.Add($"""
                <thead><tr><th scope="col" class="w-35">Step</th><th scope="col" class="w-15">Owner</th><th scope="col" class="w-20">Due</th><th scope="col" class="w-12">Status</th><th scope="col" class="w-18">Done</th></tr></thead>
                <tbody>

                """);
            foreach (var step in phase)
            {
                Row(html, model, step);
            }

            TableFrame.Close(html);
        }
    }

    private static void Row(HtmlBuilder html, ReviewPageModel model, StepView step)
    {
        var overdue = step.Status == "overdue";
        var number = step.Occurrence is { } n ? $" (number {n})" : string.Empty;
        html.Add($"""
            <tr{Fields.Classes(overdue ? "row--overdue" : string.Empty)} id="step-{step.Id}{(step.Occurrence is { } o ? "-" + o.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}">
            <th scope="row">{step.Title}{number}</th>
            <td>{Words.Role(model.Catalogue, step.Owner)}</td>
            <td>{Due(step)}{Details(model, step)}</td>
            <td>{StepStatusTag.Of(step.Status)}</td>
            <td>{Done(step)}</td>
            </tr>

            """);
    }

    private static HtmlFragment Due(StepView step) => HtmlFragment.Of(html =>
    {
        if (step.Status == "overdue")
        {
            html.Add($"""<span class="overdue-text">{UkDates.Due(step.Due)}</span>""");
        }
        else
        {
            html.Add($"""<span>{UkDates.Due(step.Due)}</span>""");
        }

        if (step.Projected)
        {
            html.Add($"""<br><span class="secondary-text">estimated</span>""");
        }

        if (step.Confidence == "unverified")
        {
            html.Add($"""<br><strong class="tag tag--yellow">Unverified</strong>""");
        }

        if (step.ExtensionReason is not null)
        {
            html.Add($"""<br><span class="secondary-text">Extended: {step.ExtensionReason}</span>""");
        }
    });

    private static HtmlFragment Done(StepView step) => HtmlFragment.Of(html =>
    {
        if (step.DoneAt is null)
        {
            html.Add($"""<span class="secondary-text">Not yet</span>""");
            return;
        }

        html.Add($"{UkDates.Recorded(step.DoneAt)}<br>{Words.DoneBy(step.DoneBy)}");
        if (step.Note is not null)
        {
            html.Add($"""<br><span class="secondary-text">Note: {step.Note}</span>""");
        }
    });

    private static HtmlFragment Details(ReviewPageModel model, StepView step) => HtmlFragment.Of(html =>
    {
        var guidance = model.Procedure?.FindStep(step.Id)?.Note;
        html.Add($"""
            <details><summary>How this date is worked out<span class="visually-hidden"> for {step.Title}</span></summary><div class="details__text">
            <p><strong>Rule:</strong> {step.Rule}</p>
            <p><strong>Source:</strong> {step.Source}</p>
            <p><strong>How sure we are:</strong> {Confidence(step.Confidence)}</p>
            """);
        if (guidance is not null)
        {
            html.Add($"<p><strong>Guidance:</strong> {guidance}</p>");
        }

        html.Add($"</div></details>");
    });

    private static string Confidence(string confidence) => confidence switch
    {
        "verified" => "verified against current guidance",
        "unverified" => "unverified: this number could not be confirmed against current guidance, so check it",
        "seed" => "taken from the Board procedures this service was built from",
        _ => confidence,
    };
}
