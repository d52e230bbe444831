using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>
/// The review's audit trail: every event in the order it was recorded, who recorded it (the signed-in person, or the
/// review's own loop), the role they acted in and the reason they gave for acting for someone else.
/// </summary>
public static class HistorySection
{
    public static void Write(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""
            <h2 id="history">History</h2>
            <p>Everything recorded on this review, oldest first, with who recorded it. Reminders, notices and case-file changes are recorded by ReviewFunctions itself.</p>

            """);
        TableFrame.Open(html, "history-table", $"History of review {model.Review.Reference}", "table--small table--fixed", captionVisible: false);
        html.Add($"""
            <thead><tr><th scope="col" class="w-15">When</th><th scope="col" class="w-30">What</th><th scope="col" class="w-20">Who</th><th scope="col" class="w-15">Acting as</th><th scope="col" class="w-20">Reason</th></tr></thead>
            <tbody>

            """);
        foreach (var recorded in model.History)
        {
            Row(html, model, recorded);
        }

        TableFrame.Close(html);
    }

    private static void Row(HtmlBuilder html, ReviewPageModel model, RecordedEvent recorded)
    {
        var actor = recorded.Actor == Actor.System ? null : recorded.Actor;
        html.Add($"""
            <tr>
            <td>{UkDates.Recorded(recorded.RecordedAt)}</td>
            <th scope="row">{EventWords.What(model.Catalogue, model.Review.Kind, recorded.Event)}</th>
            <td>{Who(actor)}</td>
            <td>{(actor is null ? string.Empty : EventWords.ActingAs(model.Catalogue, actor.Role))}</td>
            <td>{actor?.Justification}</td>
            </tr>

            """);
    }

    private static HtmlFragment Who(Actor? actor) => HtmlFragment.Of(html =>
    {
        if (actor is null)
        {
            html.Add($"""<span class="secondary-text">ReviewFunctions (automatic)</span>""");
            return;
        }

        html.Add($"{actor.Name}");
        if (actor.Email is not null)
        {
            html.Add($"""<br><span class="secondary-text">{actor.Email}</span>""");
        }
    });
}
