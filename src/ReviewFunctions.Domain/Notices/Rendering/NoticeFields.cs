using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The values a notice's template can use, taken from the review, its schedule, its particulars and the Board. When
/// the notice is anonymised the child is "Child A", and dates of birth, addresses and the decision's free-text reasons
/// are simply absent, so a template cannot put them in by mistake.
/// </summary>
public static class NoticeFields
{
    public static Dictionary<string, string?> Build(NoticeContext context, bool anonymised)
    {
        var state = context.State;
        var particulars = context.Particulars;
        var child = PersonName.Parse(particulars.Child.Name);
        var step = context.Schedule.Where(s => s.Id == context.Step.Id).ToList();
        var thisStep = step.FirstOrDefault(s => s.Occurrence == context.Occurrence) ?? step.LastOrDefault();
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["boardName"] = context.Settings.Board.Name,
            ["boardEmail"] = context.Settings.Board.Email,
            ["boardChairName"] = context.Settings.Board.ChairName,
            ["reference"] = state.Reference,
            ["kindTitle"] = context.Procedure.Title,
            ["nationName"] = NationTitle(state.Nation),
            ["letterDate"] = UkDates.Written(context.LetterDay),
            ["receivedDate"] = UkDates.Written(state.ReceivedAt),
            ["incidentDate"] = state.IncidentDate is { } incident ? UkDates.Written(incident) : null,
            ["decisionDate"] = state.Decision is { } decided ? UkDates.Written(decided.At) : null,
            ["decisionOutcome"] = Outcome(state, context),
            ["decisionReasons"] = anonymised ? null : state.Decision?.Reasons,
            ["stepTitle"] = context.Step.Title,
            ["stepDue"] = thisStep is null ? null : UkDates.Written(thisStep.Due),
            ["occurrence"] = context.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["panelChairName"] = particulars.Officers?.PanelChair,
            ["overviewAuthorName"] = particulars.Officers?.OverviewAuthor,
            ["agencyNames"] = state.Agencies.Count == 0 ? null : Join(state.Agencies),
            ["childName"] = anonymised ? AliasBook.ChildAlias : particulars.Child.Name,
            ["childFirstName"] = anonymised ? AliasBook.ChildAlias : child.First ?? particulars.Child.Name,
            ["childDateOfBirth"] = anonymised || particulars.Child.DateOfBirth is not { } born ? null : UkDates.Written(born),
            ["childAddress"] = anonymised ? null : particulars.Child.Address,
            ["stepsDone"] = Lines(context.Schedule.Where(s => s.Status == StepStatus.Done && s.Id != context.Step.Id).Select(s => s.Definition.Title + (s.Occurrence > 1 ? $" (number {s.Occurrence})" : string.Empty))),
            ["stepsOpen"] = Lines(context.Schedule.Where(s => s.Status == StepStatus.Open && s.Id != context.Step.Id).OrderBy(s => s.Due.Deadline).Select(s => $"{s.Definition.Title}: due {UkDates.Written(s.Due)}")),
        };

        ProgressFields.Add(fields, context);
        foreach (var (field, steps) in context.Entry.Dates)
        {
            fields[field] = DueOfFirst(context, steps);
        }

        return fields;
    }

    public static string NationTitle(Nation nation) => nation switch
    {
        Nation.England => "England",
        Nation.Wales => "Wales",
        Nation.Scotland => "Scotland",
        Nation.NorthernIreland => "Northern Ireland",
        Nation.Jersey => "Jersey",
        _ => nation.ToName(),
    };

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string? DueOfFirst(NoticeContext context, IReadOnlyList<string> steps)
    {
        foreach (var id in steps)
        {
            var occurrences = context.Schedule.Where(s => s.Id == id).ToList();
            if (occurrences.Count > 0)
            {
                var current = occurrences.FirstOrDefault(s => s.Status != StepStatus.Done) ?? occurrences[^1];
                return UkDates.Written(current.Due);
            }
        }

        return null;
    }

    private static string? Outcome(ReviewState state, NoticeContext context) => state.Decision switch
    {
        null => null,
        { Outcome: DecisionOutcome.NoReview } => "not to hold a review",
        { } decision => $"to hold a {(context.Procedures.Find(decision.Kind)?.Title ?? context.Procedure.Title)}",
    };

    private static string? Lines(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? null : string.Join('\n', list);
    }
}
