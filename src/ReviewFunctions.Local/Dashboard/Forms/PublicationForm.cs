using System.Globalization;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>The report went online: the day it did and where, which starts its time online and the take-down reminder.</summary>
public sealed class PublicationForm : IReviewForm
{
    private static readonly Field PublishedOn = new("publication-date", "publishedOn", "Date it was published", "For example, 4 10 2027.");
    private static readonly Field Link = new("publication-link", "link", "Web address of the published report", "It must start https://.");

    public string Name => "publication";

    public string Done => "The publication has been recorded. The Board will be reminded when the report's time online has run.";

    public bool Applies(ReviewPageModel model) =>
        model.ReviewHeld && model.State.Publication is null && !model.State.Embargoed
        && model.Procedure?.PublicationStep is not null
        && model.May(new PublicationRecorded(model.Clock.Now, DateOnly.MinValue, string.Empty, string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var (publishedOn, dateProblem) = DateReading.Read(values, PublishedOn.Name, "the date it was published");
        var link = values.Trimmed(Link.Name);
        var problems = new List<FieldError>();
        if (dateProblem is not null)
        {
            problems.Add(new FieldError(Fields.DayId(PublishedOn), dateProblem));
        }

        if (link is null)
        {
            problems.Add(new FieldError(Link.Id, "Enter the web address of the published report"));
        }

        return problems.Count > 0
            ? new FormReading(null, problems)
            : FormReading.Of(new JsonObject
            {
                ["type"] = "publication-recorded",
                ["publishedOn"] = publishedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["link"] = link,
            });
    }

    public string FieldFor(string problem, FormValues values) =>
        FormFrame.FieldFor(problem, Fields.DayId(PublishedOn), ("address", Link.Id), ("https", Link.Id));

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        FormFrame.Write(html, model, this, "Record the publication", "Record it once the report is online. Its time online starts on that day; the Board is reminded to take it down when that time has run.", h =>
        {
            Fields.Date(h, PublishedOn, values, model.ErrorFor(Name, Fields.DayId(PublishedOn)));
            Fields.Text(h, Link, values.Get(Link.Name), model.ErrorFor(Name, Link.Id), type: "url");
        }, "Record the publication");
    }
}
