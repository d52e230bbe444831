using System.Text;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Tests.Procedures;

public sealed class ProcedureFileErrorTests
{
    private const string Roles = """{"roles":[{"id":"board-chair","title":"Chair","escalatesTo":null}]}""";

    private const string Step = """{"id": "decision", "title": "Decide", "owner": "board-chair", "phase": "referral", "anchor": {"event": "referral-received"}, "deadline": {"amount": 1, "unit": "months"}, "completion": "decision", "source": "001 §1.6", "confidence": "seed"}""";

    [Theory]
    [InlineData("not valid JSON", "x.json line 2: not valid JSON")]
    [InlineData("""{"kind": "y", "title": "t"}""", "x.json line 1: kind: 'y' must match the file name 'x'")]
    [InlineData("STEP:\"source\": \"001 §1.6\",|", "x.json line 11: steps[1]: missing required field 'source'")]
    [InlineData("STEP:\"unit\": \"months\"|\"unit\": \"fortnights\"", "x.json line 11: steps[1].deadline.unit: 'fortnights' is not one of: working-days, hours, days, weeks, months")]
    [InlineData("STEP:\"owner\": \"board-chair\"|\"owner\": \"mayor\"", "x.json line 11: steps[1].owner: 'mayor' is not a role in roles.json")]
    [InlineData("STEP:{\"event\": \"referral-received\"}|{\"step\": \"decison\"}", "x.json line 11: steps[1].anchor.step: step 'decision' is anchored on 'decison', which is not a step of this procedure")]
    [InlineData("STEP:{\"event\": \"referral-received\"}|{\"step\": \"decision\"}", "x.json line 11: steps[1].anchor: step 'decision' can never start: its anchors go round in a circle through 'decision'")]
    [InlineData("STEP:\"amount\": 1|\"amount\": -1", "x.json line 11: steps[1].deadline.amount: must be a whole number of at least 0, not -1")]
    [InlineData("STEP:\"phase\": \"referral\"|\"phase\": \"referral\", \"colour\": \"red\"", "x.json line 11: steps[1].colour: unknown field 'colour' (expected one of: anchor, completion, confidence, deadline, id, note, notices, outlastsSignOff, owner, phase, reminders, repeat, source, supersededByDecision, title)")]
    [InlineData("STEP:\"phase\": \"referral\"|\"phase\": \"referral\", \"supersededByDecision\": true", "x.json line 11: steps[1].supersededByDecision: step 'decision' cannot be overtaken by the decision: only a referral step that leads up to it can")]
    public void A_bad_procedure_file_is_refused_with_its_file_line_and_field(string content, string expected)
    {
        var json = content.StartsWith("STEP:", StringComparison.Ordinal) ? File(Mutate(Step, content[5..])) : content == "not valid JSON" ? "{\n  \"kind\": x\n}" : content;

        var error = Assert.Throws<ProcedureLoadException>(() => ProcedureCatalogue.Load(new Dictionary<string, byte[]>
        {
            ["roles.json"] = Encoding.UTF8.GetBytes(Roles),
            ["x.json"] = Encoding.UTF8.GetBytes(json),
        }));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_roles_is_refused()
    {
        var error = Assert.Throws<ProcedureLoadException>(() => ProcedureCatalogue.Load(new Dictionary<string, byte[]> { ["x.json"] = Encoding.UTF8.GetBytes(File(Step)) }));

        Assert.Equal("roles.json: missing: every procedure folder needs the roles its steps are owned by", error.Message);
    }

    [Fact]
    public void Escalation_that_goes_round_in_a_circle_is_refused()
    {
        var roles = """{"roles":[{"id":"a","title":"A","escalatesTo":"b"},{"id":"b","title":"B","escalatesTo":"a"}]}""";

        var error = Assert.Throws<ProcedureLoadException>(() => ProcedureCatalogue.Load(new Dictionary<string, byte[]> { ["roles.json"] = Encoding.UTF8.GetBytes(roles) }));

        Assert.Equal("roles.json line 1: roles[0].escalatesTo: escalation from 'a' goes round in a circle through 'a'", error.Message);
    }

    private static string Mutate(string step, string change)
    {
        var parts = change.Split('|');
        Assert.Contains(parts[0], step, StringComparison.Ordinal);
        return step.Replace(parts[0], parts[1], StringComparison.Ordinal);
    }

    private static string File(string step) => $$"""
        {
          "kind": "x",
          "title": "X",
          "nations": ["england"],
          "framework": "f",
          "publication": "p",
          "source": "s",
          "reminders": {"onDue": true},
          "steps": [
            {"id": "placeholder-free", "title": "t", "owner": "board-chair", "phase": "referral", "anchor": {"event": "incident"}, "deadline": {"amount": 1, "unit": "days"}, "source": "s", "confidence": "seed"},
            {{step}}
          ]
        }
        """;
}
