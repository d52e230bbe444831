namespace ReviewFunctions.Local.Tests.Cli;

public sealed class PlanVerbTests
{
    [Fact]
    public void The_scr_plan_gives_each_relied_on_step_its_due_date_rule_and_source()
    {
        var plan = CliRun.Of("plan", "--kind", "scr", "--nation", "england", "--referral-received", "2027-02-08", "--json").Json();

        Assert.Equal("scr", plan.GetProperty("kind").GetString());
        Assert.Equal("england", plan.GetProperty("nation").GetString());
        var steps = plan.GetProperty("steps").EnumerateArray().Where(s => !s.TryGetProperty("occurrence", out _)).ToDictionary(s => s.GetProperty("id").GetString()!, s => s, StringComparer.Ordinal);
        Assert.Equal("2027-02-09", steps["agency-request"].GetProperty("due").GetString());
        Assert.Equal("1 working day after referral received", steps["agency-request"].GetProperty("rule").GetString());
        Assert.StartsWith("004 §5.1.1", steps["agency-request"].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("2027-02-12", steps["agency-confirmation"].GetProperty("due").GetString());
        Assert.Equal("2027-03-08", steps["decision"].GetProperty("due").GetString());
        Assert.Equal("2027-03-15", steps["national-notification"].GetProperty("due").GetString());
        Assert.Equal("2027-09-08", steps["review-complete"].GetProperty("due").GetString());
        Assert.All(steps.Values, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("source").GetString())));
    }

    [Fact]
    public void A_known_decision_date_replaces_the_projected_one()
    {
        var plan = CliRun.Of("plan", "--kind", "scr", "--nation", "england", "--referral-received", "2027-02-08", "--decision", "2027-02-20", "--json").Json();

        var steps = plan.GetProperty("steps").EnumerateArray().Where(s => !s.TryGetProperty("occurrence", out _)).ToDictionary(s => s.GetProperty("id").GetString()!, s => s, StringComparer.Ordinal);
        Assert.Equal("2027-02-26", steps["national-notification"].GetProperty("due").GetString());
        Assert.Equal("2027-08-20", steps["review-complete"].GetProperty("due").GetString());
    }

    [Fact]
    public void Maca_completes_four_months_after_the_decision()
    {
        var plan = CliRun.Of("plan", "--kind", "maca", "--nation", "england", "--referral-received", "2027-01-29", "--decision", "2027-01-31", "--json").Json();

        var complete = plan.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "review-complete");
        Assert.Equal("2027-05-31", complete.GetProperty("due").GetString());
    }

    [Fact]
    public void An_hours_rule_is_due_at_a_date_time_with_the_UK_offset()
    {
        var plan = CliRun.Of("plan", "--kind", "scr", "--nation", "england", "--referral-received", "2027-06-08", "--incident", "2027-06-07", "--json").Json();

        var hourly = plan.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("due").GetString()!.Contains('T', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hourly);
        Assert.Contains(hourly, s => s.GetProperty("due").GetString() == "2027-06-10T00:00:00+01:00");
    }

    [Fact]
    public void Without_json_the_plan_is_a_readable_table()
    {
        var run = CliRun.Of("plan", "--kind", "scr", "--nation", "england", "--referral-received", "2027-02-08");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Serious Case Review (scr), england", run.Out, StringComparison.Ordinal);
        Assert.Contains("Tue 09 Feb 2027", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: --kind: required", "plan", "--nation", "england", "--referral-received", "2027-02-08")]
    [InlineData("error: --nation: 'france' is not one of", "plan", "--kind", "scr", "--nation", "france", "--referral-received", "2027-02-08")]
    [InlineData("error: --referral-received: '08/02/2027' is not a date in the form yyyy-MM-dd", "plan", "--kind", "scr", "--nation", "england", "--referral-received", "08/02/2027")]
    [InlineData("error: --kind: 'inquiry' is not one of", "plan", "--kind", "inquiry", "--nation", "england", "--referral-received", "2027-02-08")]
    [InlineData("error: --colour: unknown option", "plan", "--kind", "scr", "--nation", "england", "--referral-received", "2027-02-08", "--colour", "red")]
    [InlineData("error: --decision: needs a value", "plan", "--kind", "scr", "--nation", "england", "--referral-received", "2027-02-08", "--decision")]
    [InlineData("error: --nation: A 'scr' review is not held in wales.", "plan", "--kind", "scr", "--nation", "wales", "--referral-received", "2027-02-08")]
    [InlineData("error: unknown verb 'plant'", "plant")]
    [InlineData("error: no verb given", new string[0])]
    public void Bad_arguments_get_one_line_naming_the_argument_and_exit_code_2(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_Boards_own_procedure_folder_with_a_mistake_is_reported_with_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("procedures-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "roles.json"), "{\"roles\":[{\"id\":\"board-chair\",\"title\":\"Chair\",\"escalatesTo\":null}]}");
            File.WriteAllText(Path.Combine(folder.FullName, "local.json"), "{\n  \"kind\": \"local\",\n  \"title\": \"Local\",\n  \"nations\": [\"england\"],\n  \"framework\": \"x\",\n  \"publication\": \"x\",\n  \"source\": \"x\",\n  \"reminders\": {},\n  \"steps\": [\n    {\"id\": \"decision\", \"title\": \"Decide\", \"owner\": \"mayor\"}\n  ]\n}\n");

            var run = CliRun.Of("plan", "--kind", "local", "--nation", "england", "--referral-received", "2027-02-08", "--procedures", folder.FullName);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("error: --procedures: local.json line 10: steps[0].owner: 'mayor' is not a role in roles.json", run.Error.TrimEnd());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
