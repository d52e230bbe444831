using System.Globalization;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Local.Cli;

/// <summary><c>plan</c>: a review's whole timetable from the dates known today, for a Board to plan with.</summary>
internal static class PlanVerb
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var options = new Arguments(args, new HashSet<string>(["--json"], StringComparer.Ordinal));
        var kind = options.Required("--kind");
        var nation = options.RequiredNation("--nation");
        var received = options.RequiredDate("--referral-received");
        var decision = options.OptionalDate("--decision");
        var incident = options.OptionalDate("--incident");
        var awareness = options.OptionalDate("--awareness");
        var folder = options.Optional("--procedures");
        var json = options.Flag("--json");
        options.RejectUnknown();

        var catalogue = folder is null ? ProcedureCatalogue.Embedded : ProcedureFolder.Load(folder);
        if (catalogue.Find(kind) is null)
        {
            throw new UsageException($"--kind: '{kind}' is not one of {string.Join(", ", catalogue.All.Select(p => p.Kind))}");
        }

        var planner = new ReviewPlanner(new ReviewEngine(catalogue, UkCalendar.Default));
        var (plan, problem) = planner.Plan(kind, nation, received, decision, incident, awareness);
        if (plan is null)
        {
            throw new UsageException(problem!.StartsWith("A ", StringComparison.Ordinal) ? $"--nation: {problem}" : $"--decision/--incident: {problem}");
        }

        if (json)
        {
            CliJson.Write(stdout, ToJson(plan));
        }
        else
        {
            WriteTable(stdout, catalogue.Get(kind), plan);
        }

        return CommandLine.Ok;
    }

    private static object ToJson(ReviewPlan plan) => new
    {
        kind = plan.Kind,
        nation = plan.Nation.ToName(),
        steps = plan.Steps.Select(s => new
        {
            id = s.Id,
            occurrence = s.Occurrence > 1 ? s.Occurrence : (int?)null,
            title = s.Title,
            owner = s.Owner,
            due = s.Due.ToIsoString(),
            rule = s.Rule,
            source = s.Source,
            confidence = s.Confidence.ToString().ToLowerInvariant(),
            projected = s.Projected,
        }),
    };

    private static void WriteTable(TextWriter stdout, Procedure procedure, ReviewPlan plan)
    {
        stdout.WriteLine($"{procedure.Title} ({plan.Kind}), {plan.Nation.ToName()}");
        stdout.WriteLine();
        stdout.WriteLine($"{"Due",-22} {"Step",-28} What");
        foreach (var s in plan.Steps)
        {
            var due = s.Due.At is { } ? s.Due.ToIsoString() : s.Due.Day.ToString("ddd dd MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            var id = s.Occurrence > 1 ? $"{s.Id} #{s.Occurrence}" : s.Id;
            var flags = s.Confidence == Confidence.Unverified ? " [unverified]" : string.Empty;
            stdout.WriteLine($"{due,-22} {id,-28} {s.Title}{flags}");
            stdout.WriteLine($"{string.Empty,-22} {string.Empty,-28}   {s.Rule} ({s.Source})");
        }

        stdout.WriteLine();
        stdout.WriteLine("Dates after a step that has not happened yet assume it happens on its own due date.");
    }
}
