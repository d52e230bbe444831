using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>Progress on one action of the agreed plan, by the Board or the action's owner: complete or still open, with a note.</summary>
public sealed class ActionUpdateForm : IReviewForm
{
    private static readonly Field Action = new("update-action", "action", "Action");
    private static readonly Field Status = new("update-status", "status", "Is the action complete?");
    private static readonly Field Note = new("update-note", "note", "Note (optional)", "What has been done, or what is holding it up.");

    private static readonly Choice[] Statuses = [new("completed", "Yes, it is complete"), new("open", "No, it is still open")];

    public string Name => "actions";

    public string Done => "The action has been updated.";

    public bool Applies(ReviewPageModel model) => !model.Review.Finished && Offered(model).Count > 0;

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        var action = values.Trimmed(Action.Name);
        var status = values.Trimmed(Status.Name);
        var problems = new List<FieldError>();
        if (action is null)
        {
            problems.Add(new FieldError(Action.Id, "Select the action to update"));
        }

        if (status is not ("completed" or "open"))
        {
            problems.Add(new FieldError(Status.Id, "Select whether the action is complete"));
        }

        return problems.Count > 0
            ? new FormReading(null, problems)
            : FormReading.Of(new JsonObject
            {
                ["type"] = "action-updated",
                ["action"] = action,
                ["status"] = status,
                ["note"] = values.Trimmed(Note.Name),
            });
    }

    public string FieldFor(string problem, FormValues values) => Action.Id;

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var actions = Offered(model);
        FormFrame.Write(html, model, this, "Update an action", null, h =>
        {
            Fields.Select(h, Action, actions, values.Get(Action.Name), model.ErrorFor(Name, Action.Id), "Choose an action");
            Fields.Radios(h, Status, Statuses, values.Get(Status.Name), model.ErrorFor(Name, Status.Id));
            Fields.TextArea(h, Note, values.Get(Note.Name), model.ErrorFor(Name, Note.Id), rows: 3);
        }, "Update the action");
    }

    private static List<Choice> Offered(ReviewPageModel model) =>
    [
        .. model.Review.Actions
            .Where(a => model.May(new ActionUpdated(model.Clock.Now, a.Id, ActionStatus.Completed, string.Empty)))
            .Select(a => new Choice(a.Id, $"{a.Id}: {a.Action}")),
    ];
}
