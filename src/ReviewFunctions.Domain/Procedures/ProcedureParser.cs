using System.Text.Json;
using ReviewFunctions.Domain.Deadlines;
using static ReviewFunctions.Domain.Procedures.JsonFileReader;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>Reads one procedure file and checks it against itself and the roles, so a bad file never reaches a review.</summary>
internal static class ProcedureParser
{
    public static Procedure Parse(string file, byte[] utf8, IReadOnlyDictionary<string, Role> roles)
    {
        var json = JsonFileReader.Open(file, utf8);
        var root = json.Root;
        json.RequireObject(root, string.Empty, ProcedureFields.ProcedureKeys);
        var kind = json.String(root, string.Empty, "kind");
        var expectedKind = Path.GetFileNameWithoutExtension(file);
        if (kind != expectedKind)
        {
            throw json.Error("kind", $"'{kind}' must match the file name '{expectedKind}'");
        }

        var nations = json.Array(root, string.Empty, "nations", required: true)
            .Select((n, i) => json.ChoiceOf(n, Index("nations", i), ProcedureFields.Nations))
            .ToList();
        if (nations.Count == 0)
        {
            throw json.Error("nations", "must name at least one nation");
        }

        var reminders = json.Object(root, string.Empty, "reminders", ProcedureFields.ReminderKeys);
        var procedure = new Procedure(
            kind,
            json.String(root, string.Empty, "title"),
            nations,
            json.String(root, string.Empty, "framework"),
            json.String(root, string.Empty, "publication"),
            json.String(root, string.Empty, "source"),
            ParseReminders(json, reminders, "reminders"),
            ParseSteps(json, roles));
        CheckReferences(json, procedure);
        return procedure;
    }

    private static List<ProcedureStep> ParseSteps(JsonFileReader json, IReadOnlyDictionary<string, Role> roles)
    {
        var steps = new List<ProcedureStep>();
        var entries = json.Array(json.Root, string.Empty, "steps", required: true);
        if (entries.Count == 0)
        {
            throw json.Error("steps", "must list at least one step");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var step = ParseStep(json, entries[i], Index("steps", i), roles);
            if (steps.Any(s => s.Id == step.Id))
            {
                throw json.Error(Join(Index("steps", i), "id"), $"step '{step.Id}' is defined twice");
            }

            steps.Add(step);
        }

        return steps;
    }

    private static ProcedureStep ParseStep(JsonFileReader json, JsonElement step, string path, IReadOnlyDictionary<string, Role> roles)
    {
        json.RequireObject(step, path, ProcedureFields.StepKeys);
        var id = json.String(step, path, "id");
        if (!ProcedureFields.IsKebab(id))
        {
            throw json.Error(Join(path, "id"), $"'{id}' must be lower-case kebab-case");
        }

        var owner = json.String(step, path, "owner");
        if (!roles.ContainsKey(owner))
        {
            throw json.Error(Join(path, "owner"), $"'{owner}' is not a role in roles.json");
        }

        var deadline = json.Object(step, path, "deadline", ProcedureFields.DeadlineKeys);
        var deadlinePath = Join(path, "deadline");
        var rule = new DeadlineRule(
            ParsePeriod(json, deadline, deadlinePath),
            json.Choice(deadline, deadlinePath, "direction", ProcedureFields.Directions, DeadlineDirection.After),
            json.Boolean(deadline, deadlinePath, "onWorkingDay", false),
            json.Boolean(deadline, deadlinePath, "monthStart", false));
        if ((rule.OnWorkingDay || rule.MonthStart) && rule.Period.IsHours)
        {
            throw json.Error(Join(deadlinePath, rule.OnWorkingDay ? "onWorkingDay" : "monthStart"), "an hour deadline is an instant, not a day to move to a working day");
        }

        var repeat = ParseRepeat(json, step, path);
        if (rule.MonthStart && repeat is not null && repeat.Every.Unit != DeadlineUnit.Months)
        {
            throw json.Error(Join(path, "repeat"), "a step due at the start of a month repeats every so many months");
        }

        return new ProcedureStep(
            id,
            json.String(step, path, "title"),
            owner,
            json.Choice(step, path, "phase", ProcedureFields.Phases),
            ParseAnchor(json, step, path),
            rule,
            repeat,
            json.Choice(step, path, "completion", ProcedureFields.Completions, StepCompletion.Manual),
            ParseNotices(json, step, path),
            step.TryGetProperty("reminders", out var reminders) && reminders.ValueKind != JsonValueKind.Null
                ? ParseReminders(json, json.Object(step, path, "reminders", ProcedureFields.ReminderKeys), Join(path, "reminders"))
                : null,
            json.String(step, path, "source"),
            json.Choice(step, path, "confidence", ProcedureFields.Confidences),
            json.OptionalString(step, path, "note"),
            SupersededByDecision(json, step, path, id),
            json.Boolean(step, path, "outlastsSignOff", false));
    }

    /// <summary>Only a step that leads up to the decision (the panel's recommendation, say) can be overtaken by it.</summary>
    private static bool SupersededByDecision(JsonFileReader json, JsonElement step, string path, string id)
    {
        var superseded = json.Boolean(step, path, "supersededByDecision", false);
        if (superseded && (id == "decision" || json.Choice(step, path, "phase", ProcedureFields.Phases) != StepPhase.Referral))
        {
            throw json.Error(Join(path, "supersededByDecision"), $"step '{id}' cannot be overtaken by the decision: only a referral step that leads up to it can");
        }

        return superseded;
    }

    private static StepAnchor ParseAnchor(JsonFileReader json, JsonElement step, string path)
    {
        var anchor = json.Object(step, path, "anchor", ProcedureFields.AnchorKeys);
        var anchorPath = Join(path, "anchor");
        var hasEvent = anchor.TryGetProperty("event", out _);
        var hasStep = anchor.TryGetProperty("step", out _);
        if (hasEvent == hasStep)
        {
            throw json.Error(anchorPath, "must name exactly one of 'event' or 'step'");
        }

        if (hasStep)
        {
            return StepAnchor.Step(json.String(anchor, anchorPath, "step"));
        }

        var name = json.String(anchor, anchorPath, "event");
        return StepAnchor.KnownEvents.Contains(name)
            ? StepAnchor.Event(name)
            : throw json.Error(Join(anchorPath, "event"), $"'{name}' is not one of: {string.Join(", ", StepAnchor.KnownEvents)}");
    }

    private static StepRepeat? ParseRepeat(JsonFileReader json, JsonElement step, string path)
    {
        if (!step.TryGetProperty("repeat", out var repeat) || repeat.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var repeatPath = Join(path, "repeat");
        json.RequireObject(repeat, repeatPath, ProcedureFields.RepeatKeys);
        var every = json.Object(repeat, repeatPath, "every", ProcedureFields.PeriodKeys);
        var period = ParsePeriod(json, every, Join(repeatPath, "every"));
        if (period.Amount < 1)
        {
            throw json.Error(Join(repeatPath, "every.amount"), "a repeating step must repeat at least every 1 unit");
        }

        return new StepRepeat(period, json.String(repeat, repeatPath, "until"));
    }

    private static List<NoticeDefinition> ParseNotices(JsonFileReader json, JsonElement step, string path)
    {
        var notices = new List<NoticeDefinition>();
        var entries = json.Array(step, path, "notices", required: false);
        for (var i = 0; i < entries.Count; i++)
        {
            var noticePath = Index(Join(path, "notices"), i);
            json.RequireObject(entries[i], noticePath, ProcedureFields.NoticeKeys);
            var id = json.String(entries[i], noticePath, "id");
            if (!ProcedureFields.IsKebab(id))
            {
                throw json.Error(Join(noticePath, "id"), $"'{id}' must be lower-case kebab-case");
            }

            var to = json.Array(entries[i], noticePath, "to", required: true)
                .Select((t, j) => t.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(t.GetString())
                    ? t.GetString()!
                    : throw json.Error(Index(Join(noticePath, "to"), j), "must be a directory entry or role id"))
                .ToList();
            if (to.Count == 0)
            {
                throw json.Error(Join(noticePath, "to"), "must name at least one recipient");
            }

            notices.Add(new NoticeDefinition(id, to, json.Choice(entries[i], noticePath, "send", ProcedureFields.Sendings)));
        }

        return notices;
    }

    private static ReminderPolicy ParseReminders(JsonFileReader json, JsonElement reminders, string path)
    {
        var before = json.Array(reminders, path, "before", required: false)
            .Select((b, i) =>
            {
                var beforePath = Index(Join(path, "before"), i);
                json.RequireObject(b, beforePath, ProcedureFields.PeriodKeys);
                return ParsePeriod(json, b, beforePath);
            })
            .ToList();
        return new ReminderPolicy(
            before,
            json.Boolean(reminders, path, "onDue", fallback: false),
            OptionalPeriod(json, reminders, path, "escalateAfter"),
            OptionalPeriod(json, reminders, path, "repeatEvery"));
    }

    private static Period? OptionalPeriod(JsonFileReader json, JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var period = ParsePeriod(json, json.Object(parent, path, name, ProcedureFields.PeriodKeys), Join(path, name));
        return period.Amount >= 1 ? period : throw json.Error(Join(path, name), "must be at least 1");
    }

    private static Period ParsePeriod(JsonFileReader json, JsonElement period, string path) =>
        new(json.WholeNumber(period, path, "amount", 0), json.Choice(period, path, "unit", ProcedureFields.Units));

    private static void CheckReferences(JsonFileReader json, Procedure procedure)
    {
        for (var i = 0; i < procedure.Steps.Count; i++)
        {
            var step = procedure.Steps[i];
            var path = Index("steps", i);
            if (step.Anchor.Kind == AnchorKind.Step && procedure.FindStep(step.Anchor.Name) is null)
            {
                throw json.Error(Join(path, "anchor.step"), $"step '{step.Id}' is anchored on '{step.Anchor.Name}', which is not a step of this procedure");
            }

            if (step.Repeat is { } repeat && procedure.FindStep(repeat.Until) is null)
            {
                throw json.Error(Join(path, "repeat.until"), $"'{repeat.Until}' is not a step of this procedure");
            }

            if (step.Completion == StepCompletion.NoticesSent && step.Notices.Count == 0)
            {
                throw json.Error(Join(path, "completion"), $"step '{step.Id}' is done when its notices are sent, but it has none");
            }

            if (step.Completion == StepCompletion.Decision && step.Id != "decision")
            {
                throw json.Error(Join(path, "id"), "the step completed by the decision must have the id 'decision'");
            }

            CheckAnchorChain(json, procedure, step, path);
        }

        if (procedure.Steps.Count(s => s.Completion == StepCompletion.SignOff) > 1)
        {
            throw json.Error("steps", "only one step may be completed by the Board's sign-off");
        }
    }

    private static void CheckAnchorChain(JsonFileReader json, Procedure procedure, ProcedureStep step, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { step.Id };
        for (var anchor = step.Anchor; anchor.Kind == AnchorKind.Step;)
        {
            if (!seen.Add(anchor.Name))
            {
                throw json.Error(Join(path, "anchor"), $"step '{step.Id}' can never start: its anchors go round in a circle through '{anchor.Name}'");
            }

            anchor = procedure.Step(anchor.Name).Anchor;
        }
    }
}
