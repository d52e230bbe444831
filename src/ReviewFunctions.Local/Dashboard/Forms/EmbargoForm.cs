using System.Globalization;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// The chair holds publication while criminal proceedings (or another process) run, and lifts the hold with the date
/// the report is now to be published by. One form, which offers whichever of the two applies.
/// </summary>
public sealed class EmbargoForm : IReviewForm
{
    private static readonly Field Reason = new("embargo-reason", "reason", "Why publication must wait", "For example, \"Criminal proceedings are under way.\" Do not name anyone.");
    private static readonly Field PublishBy = new("embargo-publish-by", "publishBy", "Publish by", "The date the report is now to be published by, for example 30 6 2028.");
    private static readonly Field Note = new("embargo-note", "note", "Note (optional)", "For example, \"The trial ended on 12 May.\"");

    public string Name => "embargo";

    public string Done => "The embargo on publication has been recorded.";

    public bool Applies(ReviewPageModel model) =>
        model.ReviewHeld && model.State.Publication is null
        && model.Procedure?.PublicationStep is not null
        && model.May(new EmbargoRecorded(model.Clock.Now, string.Empty, string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        if (!model.State.Embargoed)
        {
            return values.Trimmed(Reason.Name) is { } reason
                ? FormReading.Of(new JsonObject { ["type"] = "embargo-recorded", ["reason"] = reason })
                : new FormReading(null, [new FieldError(Reason.Id, "Enter why publication must wait")]);
        }

        var (publishBy, problem) = DateReading.Read(values, PublishBy.Name, "the date the report is now to be published by");
        return problem is not null
            ? new FormReading(null, [new FieldError(Fields.DayId(PublishBy), problem)])
            : FormReading.Of(new JsonObject
            {
                ["type"] = "embargo-lifted",
                ["publishBy"] = publishBy!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["note"] = values.Trimmed(Note.Name),
            });
    }

    public string FieldFor(string problem, FormValues values) =>
        FormFrame.FieldFor(problem, FormFrame.Whole(this), ("date", Fields.DayId(PublishBy)), ("reason", Reason.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        if (model.State.Embargoed)
        {
            FormFrame.Write(html, model, this, "Lift the embargo on publication", $"Publication has been held since {Formatting.UkDates.DayAndTime(model.State.Embargo!.At)}: {model.State.Embargo.Reason} Once lifted, publication is chased again by the date given here.", h =>
            {
                Fields.Date(h, PublishBy, values, model.ErrorFor(Name, Fields.DayId(PublishBy)));
                Fields.TextArea(h, Note, values.Get(Note.Name), model.ErrorFor(Name, Note.Id), rows: 2);
            }, "Lift the embargo");
            return;
        }

        FormFrame.Write(html, model, this, "Hold publication", "While publication is held nobody is chased to publish, or to tell the family before publishing. The chair lifts the hold with the new date.", h =>
            Fields.TextArea(h, Reason, values.Get(Reason.Name), model.ErrorFor(Name, Reason.Id), rows: 2), "Hold publication", "button--secondary");
    }
}
