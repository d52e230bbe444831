using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// The action plan the Board agrees after the review: SMART actions, each with what, who, by when and the outcome that
/// will show it worked. Rows are added without script by posting the form back to itself ("Add another action").
/// </summary>
public sealed partial class ActionPlanForm : IReviewForm
{
    private const int FirstRows = 3;
    private const int MostRows = 30;


    public string Name => "action-plan";

    public string Done => "The action plan has been agreed.";

    public bool Applies(ReviewPageModel model) =>
        !model.Review.Finished && model.ReviewHeld && model.Review.Actions.Count == 0 && model.May(new ActionPlanAgreed(model.Clock.Now, [], string.Empty));

    public FormReading Read(FormValues values, ReviewPageModel model)
    {
        if (values.Get("more") == "yes")
        {
            return FormReading.Again;
        }

        var actions = new JsonArray();
        var problems = new List<FieldError>();
        for (var row = 1; row <= Rows(values); row++)
        {
            if (IsBlank(values, row))
            {
                continue;
            }

            var (due, problem) = DateReading.Read(values, $"action-{row}-due", $"the due date of action {row}");
            if (problem is not null)
            {
                problems.Add(new FieldError(Fields.DayId(Due(row)), problem));
                continue;
            }

            actions.Add(new JsonObject
            {
                ["id"] = $"A{actions.Count + 1}",
                ["action"] = values.Get($"action-{row}-what").Trim(),
                ["owner"] = values.Get($"action-{row}-owner").Trim(),
                ["due"] = due!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["outcome"] = values.Get($"action-{row}-outcome").Trim(),
            });
        }

        return problems.Count > 0
            ? new FormReading(null, problems)
            : FormReading.Of(new JsonObject { ["type"] = "action-plan-agreed", ["actions"] = actions });
    }

    /// <summary>The engine counts the actions it was given; blank rows were left out, so its "action 2" is the second filled-in row.</summary>
    public string FieldFor(string problem, FormValues values)
    {
        var filled = Enumerable.Range(1, Rows(values)).Where(r => !IsBlank(values, r)).ToList();
        var match = ActionProblem().Match(problem);
        if (!match.Success || !int.TryParse(match.Groups["number"].Value, CultureInfo.InvariantCulture, out var number) || number < 1 || number > filled.Count)
        {
            return What(filled.FirstOrDefault(1)).Id;
        }

        var row = filled[number - 1];
        return match.Groups["what"].Value switch
        {
            var w when w.StartsWith("has no owner", StringComparison.Ordinal) => Owner(row).Id,
            var w when w.Contains("outcome", StringComparison.Ordinal) => Outcome(row).Id,
            _ => What(row).Id,
        };
    }

    public void Render(HtmlBuilder html, ReviewPageModel model)
    {
        var values = model.ValuesFor(Name);
        var rows = Math.Min(Rows(values) + (values.Get("more") == "yes" ? 1 : 0), MostRows);
        FormFrame.Write(html, model, this, "Agree the action plan", "Leave any rows you do not need empty. Each action needs all four answers.", h =>
        {
            h.Add($"""<input type="hidden" name="rows" value="{rows}">""");
            for (var row = 1; row <= rows; row++)
            {
                h.Add($"""<fieldset class="action-row"><legend>Action {row}</legend>""");
                Fields.Text(h, What(row), values.Get(What(row).Name), model.ErrorFor(Name, What(row).Id));
                Fields.Text(h, Owner(row), values.Get(Owner(row).Name), model.ErrorFor(Name, Owner(row).Id));
                Fields.Date(h, Due(row), values, model.ErrorFor(Name, Fields.DayId(Due(row))));
                Fields.Text(h, Outcome(row), values.Get(Outcome(row).Name), model.ErrorFor(Name, Outcome(row).Id));
                h.Add($"</fieldset>\n");
            }

            if (rows < MostRows)
            {
                h.Add($"""<button type="submit" class="button button--secondary" name="more" value="yes">Add another action</button>""");
            }

        }, "Agree the action plan");
    }

    private static int Rows(FormValues values) =>
        int.TryParse(values.Get("rows"), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) ? Math.Clamp(rows, 1, MostRows) : FirstRows;

    private static bool IsBlank(FormValues values, int row) =>
        new[] { "what", "owner", "outcome", "due-day", "due-month", "due-year" }.All(part => values.Trimmed($"action-{row}-{part}") is null);

    private static Field What(int row) => new($"plan-{row}-what", $"action-{row}-what", "What will be done");

    private static Field Owner(int row) => new($"plan-{row}-owner", $"action-{row}-owner", "Who owns it", "An agency or a role, for example Children's social care.");

    private static Field Due(int row) => new($"plan-{row}-due", $"action-{row}-due", "Done by", "For example, 27 3 2027");

    private static Field Outcome(int row) => new($"plan-{row}-outcome", $"action-{row}-outcome", "What will show it worked");

    [GeneratedRegex(@"action (?<number>\d+) (?<what>has no owner|does not say what outcome|does not say what will be done|has no id)")]
    private static partial Regex ActionProblem();
}
