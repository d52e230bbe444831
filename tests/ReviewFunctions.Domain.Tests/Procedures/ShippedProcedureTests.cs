using System.Text.RegularExpressions;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Tests.Procedures;

public sealed partial class ShippedProcedureTests
{
    public static readonly string[] Kinds =
    [
        "scr", "cspr", "maca", "single-agency-audit", "dhr", "cpr-concise", "cpr-extended", "cmr",
        "scotland-scr", "jersey-scr", "susr", "learning-review", "agency-contribution",
    ];

    public static TheoryData<string> KindData() => [.. Kinds];

    [Fact]
    public void Every_review_kind_ships_with_a_procedure()
    {
        var shipped = ProcedureCatalogue.Embedded.All.Select(p => p.Kind).ToHashSet(StringComparer.Ordinal);

        Assert.All(Kinds, k => Assert.Contains(k, shipped));
    }

    [Theory]
    [MemberData(nameof(KindData))]
    public void Every_step_has_a_source_an_owner_and_an_anchor_that_leads_back_to_a_fact(string kind)
    {
        var catalogue = ProcedureCatalogue.Embedded;
        var procedure = catalogue.Get(kind);

        Assert.All(procedure.Steps, step =>
        {
            Assert.Matches(SourcePattern(), step.Source);
            Assert.True(catalogue.Roles.ContainsKey(step.Owner), $"{kind}/{step.Id}: owner {step.Owner}");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var anchor = step.Anchor;
            while (anchor.Kind == AnchorKind.Step)
            {
                Assert.True(seen.Add(anchor.Name), $"{kind}/{step.Id}: anchors loop");
                anchor = procedure.Step(anchor.Name).Anchor;
            }

            Assert.Contains(anchor.Name, StepAnchor.KnownEvents);
        });
    }

    [Fact]
    public void The_scr_has_the_steps_other_tools_rely_on_with_their_rules()
    {
        var scr = ProcedureCatalogue.Embedded.Get("scr");

        AssertRule(scr, "agency-request", 1, DeadlineUnit.WorkingDays, StepAnchor.Event(StepAnchor.ReferralReceived));
        AssertRule(scr, "agency-confirmation", 3, DeadlineUnit.WorkingDays, StepAnchor.Step("agency-request"));
        AssertRule(scr, "decision", 1, DeadlineUnit.Months, StepAnchor.Event(StepAnchor.ReferralReceived));
        AssertRule(scr, "national-notification", 5, DeadlineUnit.WorkingDays, StepAnchor.Step("decision"));
        AssertRule(scr, "review-complete", 6, DeadlineUnit.Months, StepAnchor.Step("decision"));
        Assert.Equal(StepCompletion.Decision, scr.Step("decision").Completion);
        Assert.Equal(StepCompletion.SignOff, scr.Steps[^1].Completion);
        Assert.Contains(scr.Steps, s => s.Repeat is { Every.Unit: DeadlineUnit.Months, Until: "review-complete" });
        Assert.Contains(scr.Steps, s => s.Deadline.Period.Unit == DeadlineUnit.Hours && s.Anchor == StepAnchor.Event(StepAnchor.Incident));
        Assert.Contains(scr.Steps, s => s.Deadline.Direction == DeadlineDirection.Before);
    }

    [Theory]
    [InlineData("maca")]
    [InlineData("single-agency-audit")]
    public void Audits_complete_four_months_after_the_decision(string kind)
    {
        AssertRule(ProcedureCatalogue.Embedded.Get(kind), "review-complete", 4, DeadlineUnit.Months, StepAnchor.Step("decision"));
    }

    [Fact]
    public void Automatic_notices_include_the_agency_request_and_the_national_decision_notice()
    {
        var scr = ProcedureCatalogue.Embedded.Get("scr");

        Assert.Contains(scr.Step("agency-request").Notices, n => n.Send == NoticeSending.Automatic);
        var decisionNotice = Assert.Single(scr.Step("national-notification").Notices, n => n.Send == NoticeSending.Automatic);
        Assert.Superset(new HashSet<string>(["ofsted", "dfe", "national-panel"], StringComparer.Ordinal), decisionNotice.To.ToHashSet(StringComparer.Ordinal));
    }

    private static void AssertRule(Procedure procedure, string id, int amount, DeadlineUnit unit, StepAnchor anchor)
    {
        var step = procedure.Step(id);
        Assert.Equal((amount, unit, DeadlineDirection.After, anchor), (step.Deadline.Period.Amount, step.Deadline.Period.Unit, step.Deadline.Direction, step.Anchor));
    }

    [GeneratedRegex(@"^(00[0-4] §|\S+)")]
    private static partial Regex SourcePattern();
}
