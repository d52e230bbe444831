using System.Globalization;
using ReviewFunctions.Domain.Reports.Timeliness;
using ReviewFunctions.Infrastructure.Reports;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Forms;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// How the reviews met their deadlines over a period, for the chair and the business manager: a chart of each step's
/// lateness beside the same figures as a table, the counts by kind, stage, owner and review, and every step that fell due.
/// </summary>
public static class TimelinessPage
{
    public static string Render(TimelinessPageModel model)
    {
        var html = new HtmlBuilder();
        html.Add(ErrorSummary.Of(model.Errors));
        html.Add($"<h1>Timeliness of reviews</h1>\n");
        Question(html, model);
        if (model.Report is { } report)
        {
            Answer(html, model, report);
        }

        return Layout.Page(
            new PageShell("Timeliness of reviews", model.Clock, model.Visitor, [new Crumb("Reviews", DashboardPaths.Home), new Crumb("Timeliness", null)], model.Errors.Count > 0, DashboardPaths.Timeliness),
            html.ToFragment());
    }

    private static void Question(HtmlBuilder html, TimelinessPageModel model)
    {
        var from = model.Report?.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? model.Query.From;
        var to = model.Report?.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? model.Query.To;
        html.Add($"""
            <p>Every step that fell due in the period, measured against its deadline (the extended one, where an extension was agreed) in the working days of the review's nation.</p>
            <form method="get" action="{DashboardPaths.Timeliness}" class="record-form" novalidate>
            {DateField("from", "From", "The first day a step fell due", from, model.Errors)}
            {DateField("to", "To", "The last day, included", to, model.Errors)}
            <div class="form-group"><label for="kind">Kind of review</label><select id="kind" name="kind">{KindOptions(model)}</select></div>
            <button type="submit" class="button">Show the report</button>
            </form>

            """);
    }

    private static HtmlFragment DateField(string id, string label, string hint, string? value, IReadOnlyList<FieldError> errors) => HtmlFragment.Of(html =>
    {
        var error = errors.FirstOrDefault(e => e.FieldId == id);
        html.Add($"""<div class="form-group{(error is null ? string.Empty : " form-group--error")}"><label for="{id}">{label}</label><div class="hint" id="{id}-hint">{hint}</div>""");
        if (error is not null)
        {
            html.Add($"""<p class="error-message" id="{id}-error"><span class="visually-hidden">Error:</span> {error.Message}</p>""");
        }

        var describedBy = error is null ? $"{id}-hint" : $"{id}-hint {id}-error";
        html.Add($"""<input type="date" id="{id}" name="{id}" value="{value}" aria-describedby="{describedBy}"{(error is null ? HtmlFragment.Empty : HtmlFragment.Of(h => h.Add($" class=\"input--error\"")))}></div>""");
    });

    private static HtmlFragment KindOptions(TimelinessPageModel model) => HtmlFragment.Of(html =>
    {
        html.Add($"""<option value="">Every kind</option>""");
        foreach (var procedure in model.Catalogue.All)
        {
            if (procedure.Kind == model.Query.Kind)
            {
                html.Add($"""<option value="{procedure.Kind}" selected>{procedure.Title}</option>""");
            }
            else
            {
                html.Add($"""<option value="{procedure.Kind}">{procedure.Title}</option>""");
            }
        }
    });

    private static void Answer(HtmlBuilder html, TimelinessPageModel model, TimelinessReport report)
    {
        var all = report.All;
        html.Add($"""
            <h2 id="summary">{UkDates.Day(report.Period.From)} to {UkDates.Day(report.Period.To)}</h2>
            <p class="lead">{Count(all.Steps, "step")} fell due: {all.OnTime} on time, {all.Late} late, {all.Overdue} overdue and {all.NotYetDue} still in time; {Count(all.Extended, "step")} had an extension.</p>
            <p>Download the steps: <a href="{Download("/api/reports/timeliness.csv", report, model.Query)}">as a spreadsheet (CSV)</a> or <a href="{Download("/api/reports/timeliness", report, model.Query)}">as JSON</a>.</p>

            """);
        if (all.Steps == 0)
        {
            return;
        }

        html.Add($"""<h2 id="by-step">Lateness by step</h2>""");
        if (report.ByStep.Any(s => s.MedianWorkingDaysLate is not null))
        {
            html.Add(LatenessChart.Of(report.ByStep));
        }

        Groups(html, "by-step-table", "Lateness by step, in working days", "Step", report.ByStep);
        html.Add($"""<h2 id="by-kind">By kind of review</h2>""");
        Groups(html, "by-kind-table", "Lateness by kind of review, in working days", "Kind", report.ByKind);
        html.Add($"""<h2 id="by-stage">By stage</h2>""");
        Groups(html, "by-stage-table", "Lateness by stage, in working days", "Stage", report.ByStage);
        html.Add($"""<h2 id="by-owner">By owner</h2>""");
        Groups(html, "by-owner-table", "Lateness by the role that owns the step, in working days", "Owner", report.ByOwner);
        html.Add($"""<h2 id="by-review">By review</h2>""");
        Groups(html, "by-review-table", "Lateness by review, in working days", "Review", report.ByReview);
        Steps(html, model, report);
    }

    private static void Groups(HtmlBuilder html, string id, string caption, string what, IReadOnlyList<TimelinessGroup> groups)
    {
        TableFrame.Open(html, id, caption, "table--small");
        html.Add($"""
            <thead><tr><th scope="col">{what}</th><th scope="col">Fell due</th><th scope="col">On time</th><th scope="col">Late</th><th scope="col">Overdue</th><th scope="col">Still in time</th><th scope="col">Extended</th><th scope="col">Median</th><th scope="col">90th percentile</th></tr></thead>
            <tbody>

            """);
        foreach (var g in groups)
        {
            html.Add($"""
                <tr><th scope="row">{g.Title}</th><td>{g.Steps}</td><td>{g.OnTime}</td><td>{g.Late}</td><td>{g.Overdue}</td><td>{g.NotYetDue}</td><td>{g.Extended}</td><td>{Lateness(g.MedianWorkingDaysLate)}</td><td>{Lateness(g.P90WorkingDaysLate)}</td></tr>

                """);
        }

        TableFrame.Close(html);
    }

    private static void Steps(HtmlBuilder html, TimelinessPageModel model, TimelinessReport report)
    {
        html.Add($"""<h2 id="steps">Every step that fell due</h2>""");
        TableFrame.Open(html, "steps-table", "Every step that fell due, by review", "table--small");
        html.Add($"""
            <thead><tr><th scope="col">Review</th><th scope="col">Step</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Done</th><th scope="col">Status</th><th scope="col">Working days</th><th scope="col">Extension</th></tr></thead>
            <tbody>

            """);
        foreach (var s in report.Steps)
        {
            html.Add($"""
                <tr><th scope="row"><a href="{DashboardPaths.Review(s.Reference)}">{s.Reference}</a></th><td>{s.Title}{(s.Occurrence > 1 ? $", number {s.Occurrence}" : string.Empty)}</td><td>{Words.Role(model.Catalogue, s.Owner)}</td><td>{UkDates.Due(s.Due.ToIsoString())}</td><td>{(s.DoneAt is { } done ? UkDates.DayAndTime(done) : "Not yet")}</td><td>{Status(s.Status)}</td><td>{(s.WorkingDaysLate is { } late ? LatenessChart.Days(late) : "–")}</td><td>{Extension(s)}</td></tr>

                """);
        }

        TableFrame.Close(html);
    }

    private static string Extension(StepTimeliness s) =>
        s.OriginalDue is { } original ? $"From {UkDates.Due(original.ToIsoString())}: {s.ExtensionReason}" : "None";

    private static HtmlFragment Status(TimelinessStatus status)
    {
        var (style, words) = status switch
        {
            TimelinessStatus.OnTime => ("tag--green", "On time"),
            TimelinessStatus.Late => ("tag--yellow", "Late"),
            TimelinessStatus.Overdue => ("tag--red", "Overdue"),
            _ => ("tag--blue", "Still in time"),
        };
        return HtmlFragment.Of(html => html.Add($"""<strong class="tag {style}">{words}</strong>"""));
    }

    private static string Lateness(int? days) => days is { } d ? LatenessChart.Days(d) : "–";

    private static string Download(string path, TimelinessReport report, ReportQuery query)
    {
        var from = report.Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = report.Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{path}?from={from}&to={to}" + (string.IsNullOrEmpty(query.Kind) ? string.Empty : "&kind=" + Uri.EscapeDataString(query.Kind));
    }

    private static string Count(int count, string one) => count == 1 ? $"1 {one}" : $"{count} {one}s";
}
