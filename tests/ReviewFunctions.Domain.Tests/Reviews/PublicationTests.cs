using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Reviews;

/// <summary>Publication duties: the date and link recorded, the embargo, the family told first, and the report taken down.</summary>
public sealed class PublicationTests
{
    private const string Manager = "bm@board.example";
    private const string Chair = "chair@board.example";
    private const string Link = "https://westbridge.example/reviews/child-d.pdf";

    [Fact]
    public void Every_procedure_that_publishes_tells_the_family_first_and_takes_the_report_down_on_a_working_day()
    {
        var kinds = ProcedureCatalogue.Embedded.All.Where(p => p.Steps.Any(s => s.Completion == StepCompletion.Published)).Select(p => p.Kind).ToList();
        Assert.Equal(["cmr", "cpr-concise", "cpr-extended", "cspr", "dhr", "jersey-scr", "learning-review", "scotland-scr", "scr"], kinds.Order(StringComparer.Ordinal));
        foreach (var procedure in kinds.Select(ProcedureCatalogue.Embedded.Get))
        {
            var publication = Assert.Single(procedure.Steps, s => s.Completion == StepCompletion.Published);
            Assert.Contains(procedure.Steps, s => s.Id.Contains("family", StringComparison.Ordinal) && s.Anchor == StepAnchor.Step(publication.Id) && s.Deadline.Direction == DeadlineDirection.Before);
            var takeDown = Assert.Single(procedure.Steps, s => s.OutlastsSignOff);
            Assert.Equal(StepAnchor.Step(publication.Id), takeDown.Anchor);
            Assert.True(takeDown.Deadline.OnWorkingDay, procedure.Kind);
            Assert.False(string.IsNullOrWhiteSpace(takeDown.Source));
        }

        Assert.Equal(new Period(12, DeadlineUnit.Weeks), ProcedureCatalogue.Embedded.Get("cpr-concise").Step("take-down").Deadline.Period);
        Assert.Equal(Confidence.Seed, ProcedureCatalogue.Embedded.Get("scr").Step("take-down").Confidence);
    }

    [Fact]
    public void A_Welsh_report_published_on_4_October_is_taken_down_after_Christmas_on_the_first_working_day_after_12_weeks()
    {
        var (driver, _) = ReachPublication("cpr-concise");
        var published = Uk(2027, 10, 4, 11);

        driver.RecordOk(new PublicationRecorded(published, new DateOnly(2027, 10, 4), Link, Manager));
        driver.RunUntil(published, Uk(2028, 1, 10, 12));

        // 12 weeks after Monday 4 October 2027 is Monday 27 December, a bank holiday, as is Tuesday 28 December.
        Assert.Equal(new DateOnly(2027, 12, 29), driver.Step("take-down").Due.Day);
        var reminder = Assert.Single(driver.CommandsOf<RemindOwner>(), r => r.Step == "take-down");
        Assert.Equal(Uk(2027, 12, 29, 9), reminder.Instant);
        Assert.Equal(ReminderKind.OnDue, reminder.Kind);
        Assert.Equal("2027-10-04", driver.Step("publication").Done!.Note![^10..]);
    }

    [Fact]
    public void An_English_SCR_stays_online_12_months_and_its_take_down_moves_off_a_Sunday()
    {
        var (driver, now) = ReachPublication("scr");

        driver.RecordOk(new PublicationRecorded(now.AddDays(3), UkTime.ToUkDate(now.AddDays(2)), Link, Manager));
        var publishedOn = driver.State.Publication!.PublishedOn;

        var expected = publishedOn.AddMonths(12);
        while (expected.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || UkCalendar.Default.IsHoliday(Nation.England, expected))
        {
            expected = expected.AddDays(1);
        }

        Assert.Equal(expected, driver.Step("take-down").Due.Day);
        Assert.Equal(StepStatus.Open, driver.Step("take-down").Status);
    }

    [Fact]
    public void While_criminal_proceedings_run_publication_and_the_family_step_before_it_are_held_and_not_chased()
    {
        var (driver, now) = ReachPublication("scr");
        var held = driver.Step("publication").Due.Day;

        driver.RecordOk(new EmbargoRecorded(now, "Criminal proceedings are under way.", Chair));
        driver.RunUntil(now, now.AddDays(200));

        Assert.Equal(StepStatus.Pending, driver.Step("publication").Status);
        Assert.Equal(StepStatus.Pending, driver.Step("family-feedback").Status);
        Assert.DoesNotContain(driver.CommandsOf<RemindOwner>(), r => r.Step is "publication" or "family-feedback" && r.Instant > now);
        Assert.DoesNotContain(driver.CommandsOf<EscalateToManager>(), r => r.Step is "publication" or "family-feedback");
        Assert.Equal(RejectionKind.Conflict, driver.Record(new PublicationRecorded(now.AddDays(200), UkTime.ToUkDate(now.AddDays(200)), Link, Manager))!.Kind);

        var lifted = now.AddDays(201);
        driver.RecordOk(new EmbargoLifted(lifted, UkTime.ToUkDate(lifted).AddDays(60), Chair, "The trial has ended."));
        driver.RunUntil(lifted, lifted.AddDays(70));

        Assert.True(held < UkTime.ToUkDate(lifted));
        Assert.Equal(UkTime.ToUkDate(lifted).AddDays(60), driver.Step("publication").Due.Day);
        Assert.Equal(StepStatus.Open, driver.Step("family-feedback").Status);
        Assert.All(driver.CommandsOf<RemindOwner>().Where(r => r.Step is "publication" or "family-feedback"), r => Assert.True(r.Instant > lifted, $"{r.Step} was chased at {r.Instant:O}, before the embargo was lifted"));
        Assert.Contains(driver.CommandsOf<RemindOwner>(), r => r.Step == "publication");
    }

    [Fact]
    public void A_publication_is_recorded_once_with_a_real_date_and_an_https_address()
    {
        var (driver, now) = ReachPublication("scr");

        Assert.Equal("'publication' is done by recording the publication with its date and web address (publication-recorded). If the report is not to be published, complete the step with a 'note' saying why.", driver.Record(new StepCompleted(now, "publication", Manager))!.Message);
        Assert.Equal($"{UkTime.ToUkDate(now).AddDays(1):yyyy-MM-dd} is in the future; record the publication once the report is online.", driver.Record(new PublicationRecorded(now, UkTime.ToUkDate(now).AddDays(1), Link, Manager))!.Message);
        Assert.Equal("Give the web address the report is published at, starting https://.", driver.Record(new PublicationRecorded(now, UkTime.ToUkDate(now), "http://westbridge.example/r.pdf", Manager))!.Message);
        Assert.Equal("Publication is not held, so there is no embargo to lift.", driver.Record(new EmbargoLifted(now, UkTime.ToUkDate(now), Chair))!.Message);

        driver.RecordOk(new PublicationRecorded(now, UkTime.ToUkDate(now), Link, Manager));

        Assert.Equal(RejectionKind.Conflict, driver.Record(new PublicationRecorded(now, UkTime.ToUkDate(now), Link, Manager))!.Kind);
        Assert.Equal("The report was published on " + UkTime.ToUkDate(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "; it is too late to hold it.", driver.Record(new EmbargoRecorded(now, "Trial", Chair))!.Message);
        Assert.Equal(StepStatus.Done, driver.Step("publication").Status);
    }

    [Fact]
    public void A_signed_off_review_whose_report_is_online_runs_until_the_report_comes_down()
    {
        var (driver, now) = ReachPublication("scr");
        driver.RecordOk(new PublicationRecorded(now, UkTime.ToUkDate(now), Link, Manager));
        for (var day = 0; day < 400 && driver.State.SignedOff is null; day++, now = now.AddDays(1))
        {
            driver.Decide(now);
            foreach (var step in driver.Engine.Schedule(driver.State).Where(s => s.Status == StepStatus.Open && !s.Definition.OutlastsSignOff).ToList())
            {
                if (step.Definition.Completion != StepCompletion.SignOff)
                {
                    EveryProcedureRunsTests.DoEveryOpenStep(driver, "scr", now, step);
                }
                else if (driver.State.ActionPlan is not null && driver.Engine.Schedule(driver.State).All(s => s.Id == step.Id || s.Definition.OutlastsSignOff || s.Definition.Repeat is not null || s.Status is StepStatus.Done or StepStatus.Waived))
                {
                    driver.RecordOk(new ActionUpdated(now, "a1", ActionStatus.Completed, Manager));
                    driver.RecordOk(new ActionPlanSignedOff(now, Chair));
                }
            }
        }

        Assert.NotNull(driver.State.SignedOff);
        Assert.False(driver.State.Finished);
        Assert.Equal(StepStatus.Open, driver.Step("take-down").Status);
        Assert.All(driver.Engine.Schedule(driver.State).Where(s => !s.Definition.OutlastsSignOff), s => Assert.True(s.Status is StepStatus.Done or StepStatus.Waived, s.Key));

        driver.RecordOk(new StepCompleted(now, "take-down", Manager, "Taken down; available on request."));

        Assert.True(driver.State.Finished);
        Assert.Equal("The Board signed off the action plan, and the report's time online has ended.", driver.State.FinishedReason);
    }

    [Fact]
    public void When_the_partners_decide_not_to_publish_there_is_nothing_to_take_down_and_the_sign_off_ends_the_review()
    {
        var (driver, now) = ReachPublication("cspr");

        driver.RecordOk(new StepCompleted(now, "publication", Manager, "The partners publish the improvements made instead of the report."));

        Assert.Equal(StepStatus.Done, driver.Step("publication").Status);
        Assert.Equal(StepStatus.Waived, driver.Step("take-down").Status);
        Assert.Null(driver.State.Publication);
    }

    /// <summary>A review run day by day, every step done as it opens, until its publication step is open.</summary>
    private static (ReviewDriver Driver, DateTimeOffset Now) ReachPublication(string kind)
    {
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var nation = engine.Catalogue.Get(kind).Nations[0];
        var received = Uk(2027, 2, 8, 10);
        var driver = new ReviewDriver(engine, new ReferralReceived(received, "CR-2027-0042", kind, nation, new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 7), ["Police", "Health"], "intake"));
        var now = received;
        for (var day = 0; day < 400; day++, now = now.AddDays(1))
        {
            driver.Decide(now);
            var publication = engine.Schedule(driver.State).Single(s => s.Definition.Completion == StepCompletion.Published);
            if (publication.Status == StepStatus.Open)
            {
                return (driver, now);
            }

            foreach (var step in engine.Schedule(driver.State).Where(s => s.Status == StepStatus.Open && s.Definition.Anchor != StepAnchor.Step(publication.Id)))
            {
                EveryProcedureRunsTests.DoEveryOpenStep(driver, kind, now, step);
            }
        }

        throw new InvalidOperationException($"A {kind} review never reached publication.");
    }

    private static DateTimeOffset Uk(int year, int month, int day, int hour) => UkTime.At(new DateOnly(year, month, day), new TimeOnly(hour, 0));
}
