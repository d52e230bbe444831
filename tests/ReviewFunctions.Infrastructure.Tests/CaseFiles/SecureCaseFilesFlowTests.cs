using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Emulators.CaseFiles;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>A Serious Case Review, driven by the shipped procedure, secures its case file as its membership changes.</summary>
public sealed class SecureCaseFilesFlowTests
{
    private const string Reference = "CR-2027-0005";
    private const string PanelChair = "chair@panel.example.org";
    private const string BusinessManager = "bm@westbridge-lscb.example.gov.uk";
    private const string OverviewAuthor = "reviewer@independent.example.org";
    private const string PoliceAuthor = "imr.author@police.example.uk";
    private const string HealthAuthor = "imr.author@westbridge-health.example.nhs.uk";

    /// <summary>Monday 8 February 2027, 10:42 UK time: when the sample referral arrived.</summary>
    private static readonly DateTimeOffset Received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 42));

    [Fact]
    public async Task In_SharePoint_the_case_file_is_secured_at_referral_and_follows_every_membership_change()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith([PanelChair, BusinessManager, OverviewAuthor, PoliceAuthor, HealthAuthor]);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        var driver = await RunReviewAsync(store, "Case reviews/" + Reference);

        var folder = fake.Folder(Reference)!;
        Assert.False(folder.Inherits);
        Assert.Equal([BusinessManager, PanelChair, PoliceAuthor, OverviewAuthor], folder.Permissions.Where(p => p.Kind == "user").Select(p => p.Email).Order(StringComparer.Ordinal));
        Assert.Equal(3, driver.Secured.Count);
    }

    [Fact]
    public async Task On_one_machine_the_local_vault_follows_the_same_review()
    {
        var root = Directory.CreateTempSubdirectory("vault-flow-");
        try
        {
            using var vault = new LocalCaseFileVault(new LocalCaseFileVaultOptions { Root = root.FullName });

            await RunReviewAsync(vault, Path.Combine(root.FullName, Reference));

            Assert.Equal([BusinessManager, PanelChair, PoliceAuthor, OverviewAuthor], (await vault.GetAsync(Reference))!.Access.People);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task<CaseFileReviewDriver> RunReviewAsync(ICaseFileStore store, string folder)
    {
        var engine = new ReviewEngine(ProcedureCatalogue.Embedded, UkCalendar.Default);
        var referral = new ReferralReceived(Received, Reference, "scr", Nation.England, new DateOnly(2027, 2, 5), null, ["Westbridge Police", "Westbridge Health"], "intake");
        var driver = new CaseFileReviewDriver(engine, referral, store);

        // The first look at the review, at the referral instant, secures the case file before anyone is named.
        await driver.DecideAndRunAsync(Received);

        var first = Assert.Single(driver.Secured);
        Assert.Empty(first.Members);
        var atReferral = Assert.Single(driver.History.OfType<CaseFilesSecured>());
        Assert.Equal(new CaseFilesSecured(Received, 0, folder, []), atReferral with { Access = [] });
        Assert.Empty(atReferral.Access);
        var oneWorkingDay = UkTime.StartOfDay(engine.Deadlines.Calendar.AddWorkingDays(Nation.England, UkTime.ToUkDate(Received), 2));
        Assert.True(atReferral.At < oneWorkingDay);

        // Looking again changes nothing: the access already recorded is for the current membership.
        await driver.DecideAndRunAsync(Received.AddMinutes(5));
        Assert.Single(driver.Secured);

        var panelFormed = Received.AddDays(3);
        driver.Record(new MemberAdded(panelFormed, PanelChair, "panel-chair", BusinessManager));
        driver.Record(new MemberAdded(panelFormed, BusinessManager, "business-manager", BusinessManager));
        driver.Record(new MemberAdded(panelFormed, OverviewAuthor, "lead-reviewer", BusinessManager));
        driver.Record(new MemberAdded(panelFormed, PoliceAuthor, "imr-author", BusinessManager));
        driver.Record(new MemberAdded(panelFormed, HealthAuthor, "imr-author", BusinessManager));
        await driver.DecideAndRunAsync(panelFormed);

        var formed = driver.History.OfType<CaseFilesSecured>().Last();
        Assert.Equal(5, formed.MembershipVersion);
        Assert.Equal([BusinessManager, PanelChair, PoliceAuthor, HealthAuthor, OverviewAuthor], formed.Access);
        Assert.Equal(5, driver.Secured[^1].Members.Count);

        var authorStoodDown = panelFormed.AddDays(10);
        driver.Record(new MemberRemoved(authorStoodDown, HealthAuthor, "imr-author", BusinessManager));
        await driver.DecideAndRunAsync(authorStoodDown);

        var afterRemoval = driver.History.OfType<CaseFilesSecured>().Last();
        Assert.Equal(new CaseFilesSecured(authorStoodDown, 6, folder, []), afterRemoval with { Access = [] });
        Assert.Equal([BusinessManager, PanelChair, PoliceAuthor, OverviewAuthor], afterRemoval.Access);

        // At the end of the review a named person decides the records need not stay locked: they are released.
        driver.Record(new DecisionRecorded(authorStoodDown, DecisionOutcome.Review, "scr", "criteria met", PanelChair));
        var complete = UkTime.At(new DateOnly(2027, 8, 2), new TimeOnly(10, 0));
        driver.Record(new StepCompleted(complete, "review-complete", PanelChair));
        driver.Record(new RecordsStatusDecided(complete.AddDays(1), false, PanelChair));
        await driver.DecideAndRunAsync(complete.AddDays(1));
        Assert.Single(driver.History.OfType<CaseFilesReleased>());
        Assert.Equal(StepStatus.Done, engine.Schedule(driver.State).Single(s => s.Id == "records-secure-status").Status);
        Assert.Same(afterRemoval, driver.State.CaseFiles);
        Assert.Equal(3, driver.History.OfType<CaseFilesSecured>().Count());
        return driver;
    }
}
