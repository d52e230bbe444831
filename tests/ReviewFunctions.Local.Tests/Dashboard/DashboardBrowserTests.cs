using System.Text;
using Microsoft.Playwright;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Tests.Engine;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>The dashboard as a person uses it, in headless Chromium: reading reviews, recording, moving the clock, and with the keyboard alone.</summary>
[Collection(LocalAzuriteGroup.Name)]
public sealed class DashboardBrowserTests(LocalAzurite azurite, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task The_dashboard_lists_a_started_review_with_its_next_due_step()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0101");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;

        await page.GotoAsAsync(host.Address("/"), "Priya Shah");

        await Expect(page).ToHaveTitleAsync("Case reviews – ReviewFunctions");
        var row = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "CR-2027-0101" });
        await Expect(row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "CR-2027-0101" })).ToHaveAttributeAsync("href", "/reviews/CR-2027-0101");
        await Expect(row).ToContainTextAsync("Serious Case Review");
        await Expect(row).ToContainTextAsync("England");
        await Expect(row).ToContainTextAsync("Referral: deciding whether to hold a review");
        await Expect(row).ToContainTextAsync("Tuesday 9 February 2027 at 9am");
        await Expect(row).ToContainTextAsync("Secure the agency's paper and electronic records");
        await Expect(row.Locator("td").Last).ToHaveTextAsync("None");
        await Expect(page.Locator("header")).ToContainTextAsync("Practice clock: Monday 8 February 2027 at 9am");
        await Expect(page.Locator("header")).ToContainTextAsync("Signed in as Priya Shah (Board.Manager) — Change");
        await Screenshots.TakeAsync(page, "01-reviews");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task Recording_the_decision_through_the_form_opens_the_review_steps_with_due_dates()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0102");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0102"), "Helen Marsh");
        var appoint = page.Locator("#step-appoint-reviewers");
        await Expect(appoint).ToContainTextAsync("Waiting");
        await Expect(appoint).ToContainTextAsync("estimated");

        var decision = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record the decision" });
        await decision.GetByLabel("Hold a review", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await decision.GetByLabel("Reasons for the decision").FillAsync("The criteria for a Serious Case Review are met.");
        await decision.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Record the decision" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(host.Address("/reviews/CR-2027-0102?recorded=decision"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The decision has been recorded.");
        await Expect(appoint).ToContainTextAsync("Open");
        await Expect(appoint).ToContainTextAsync("Monday 15 February 2027");
        await Expect(appoint).Not.ToContainTextAsync("estimated");
        await Expect(page.Locator("#step-decision")).ToContainTextAsync("Done");
        await Expect(page.Locator("#step-decision")).ToContainTextAsync("chair@westbridge-scp.example");
        await Expect(page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Record the decision" })).ToHaveCountAsync(0);
        var notices = page.Locator("table", new PageLocatorOptions { Has = page.GetByRole(AriaRole.Columnheader, new PageGetByRoleOptions { Name = "Letter as sent" }) });
        await Expect(notices.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Decision notice" })).ToContainTextAsync("Sent");
        await Screenshots.TakeAsync(page, "03-review-after-decision");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task A_step_shows_as_overdue_in_words_and_in_red_after_the_clock_moves_on()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0103");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/"), "Priya Shah");

        await page.GetByLabel("How many").FillAsync("2");
        await page.GetByLabel("Days").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Move the clock forward" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The clock has moved forward to Wednesday 10 February 2027 at 9am");
        var overdue = page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "CR-2027-0103" }).Locator(".tag--red");
        await Expect(overdue).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ overdue$"));
        await Expect(overdue).ToHaveCSSAsync("background-color", "rgb(244, 205, 198)");
        await Screenshots.TakeAsync(page, "02-reviews-with-overdue");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "CR-2027-0103" }).ClickAsync();
        var records = page.Locator("#step-records-secured");
        await Expect(records).ToHaveClassAsync("row--overdue");
        await Expect(records.GetByText("Overdue", new LocatorGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(records.Locator(".overdue-text")).ToHaveCSSAsync("color", "rgb(212, 53, 28)");
        await Expect(page.Locator(".warning")).ToContainTextAsync("1 step is overdue.");
        await Screenshots.TakeAsync(page, "04-review-with-overdue-steps");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task A_refused_extension_shows_the_engines_reason_in_an_error_summary_and_keeps_what_was_typed()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0104");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0104"), "Helen Marsh");

        var extension = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Agree an extension" });
        await Expect(extension.GetByLabel("Step to extend")).ToHaveValueAsync("review-complete");
        await extension.GetByLabel("Day").FillAsync("1");
        await extension.GetByLabel("Month").FillAsync("12");
        await extension.GetByLabel("Year").FillAsync("2027");
        var response = await page.RunAndWaitForResponseAsync(
            () => extension.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Agree the extension" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await Expect(page).ToHaveTitleAsync("Error: Review CR-2027-0104 – ReviewFunctions");
        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("There is a problem");
        var problem = summary.GetByRole(AriaRole.Link);
        await Expect(problem).ToHaveTextAsync("An extension needs a reason: it is reported with the new date.");
        await Expect(problem).ToHaveAttributeAsync("href", "#extension-reason");
        await Expect(page.Locator("#extension-reason-error")).ToContainTextAsync("An extension needs a reason");
        await Expect(page.Locator("#extension-reason")).ToHaveAttributeAsync("aria-describedby", "extension-reason-hint extension-reason-error");
        await Expect(page.Locator("#extension-new-due-day")).ToHaveValueAsync("1");
        await Expect(page.Locator("#extension-new-due-month")).ToHaveValueAsync("12");
        await Expect(page.Locator("#extension-new-due-year")).ToHaveValueAsync("2027");
        await Screenshots.TakeAsync(page, "05-review-with-error-summary", fullPage: false);

        await problem.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#extension-reason$"));
        await page.Locator("#extension-reason").FillAsync("The panel needs the police report, due in November.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Agree the extension" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The extension has been recorded");
        await Expect(page.Locator("#step-review-complete")).ToContainTextAsync("Wednesday 1 December 2027");
        await Expect(page.Locator("#step-review-complete")).ToContainTextAsync("Extended: The panel needs the police report, due in November.");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task The_skip_link_and_a_form_work_with_the_keyboard_alone()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0105");
        await host.RecordAsync("CR-2027-0105", "business-manager", """{"type":"member-added","email":"safeguarding-lead@westbridge-police.example","role":"agency-safeguarding-lead"}""");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0105"), "Dan Whitfield");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 20 }, "The skip link must be visible once it has focus.");
        await Screenshots.TakeAsync(page, "06-skip-link-focused", fullPage: false);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Timeline" })).ToBeFocusedAsync();

        await page.Locator("#step-step").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#step-step")).ToHaveValueAsync("records-secured");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#step-note")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Case records restricted to the review team.");
        await page.Keyboard.PressAsync("Tab");
        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Record the step as done" });
        await Expect(button).ToBeFocusedAsync();
        await Expect(button).ToHaveCSSAsync("background-color", "rgb(255, 221, 0)");
        await Screenshots.TakeAsync(page, "07-button-focused", fullPage: false);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The step has been recorded as done.");
        var step = page.Locator("#step-records-secured");
        await Expect(step).ToContainTextAsync("Done");
        await Expect(step).ToContainTextAsync("safeguarding-lead@westbridge-police.example");
        await Expect(step).ToContainTextAsync("Note: Case records restricted to the review team.");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task A_member_added_through_the_form_is_given_case_file_access_and_removing_them_takes_it_away()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0109");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0109"), "Priya Shah");

        var add = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Add a member" });
        await add.GetByLabel("Email address").FillAsync("imr-author@westbridge-police.example");
        await add.GetByLabel("Role in this review").SelectOptionAsync(new SelectOptionValue { Label = "IMR / management review author or agency auditor" });
        await add.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add the member" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The member has been added.");
        var members = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Members" });
        await Expect(members).ToContainTextAsync("imr-author@westbridge-police.example");
        await Expect(members).ToContainTextAsync("IMR / management review author or agency auditor");
        var access = page.Locator("dl", new PageLocatorOptions { HasText = "Who has access" });
        await Expect(access).ToContainTextAsync("imr-author@westbridge-police.example");

        var remove = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Remove a member" });
        await remove.GetByLabel("Member to remove").SelectOptionAsync(new SelectOptionValue { Label = "imr-author@westbridge-police.example (IMR / management review author or agency auditor)" });
        await remove.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Remove the member" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The member has been removed.");
        await Expect(page.GetByText("Nobody has been added to this review yet.")).ToBeVisibleAsync();
        await Expect(access).ToContainTextAsync("Nobody");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task The_action_plan_is_agreed_and_updated_through_the_forms_and_an_early_sign_off_is_refused_with_the_reason()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0110");
        await host.RecordAsync("CR-2027-0110", "chair", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"The criteria are met."}""");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0110"), "Helen Marsh");

        var plan = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Agree the action plan" });
        await Expect(plan.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = "Action 4", Exact = true })).ToHaveCountAsync(0);
        await plan.Locator("#plan-1-what").FillAsync("Audit the use of chronologies in child protection plans");
        await plan.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add another action" }).ClickAsync();
        plan = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Agree the action plan" });
        await Expect(plan.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = "Action 4", Exact = true })).ToHaveCountAsync(1);
        await Expect(plan.Locator("#plan-1-what")).ToHaveValueAsync("Audit the use of chronologies in child protection plans");
        await plan.Locator("#plan-1-owner").FillAsync("Children's social care");
        await plan.Locator("#plan-1-due-day").FillAsync("1");
        await plan.Locator("#plan-1-due-month").FillAsync("12");
        await plan.Locator("#plan-1-due-year").FillAsync("2027");
        await plan.Locator("#plan-1-outcome").FillAsync("Every plan audited has a current chronology");
        await plan.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Agree the action plan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The action plan has been agreed.");
        var actions = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Actions" });
        await Expect(actions).ToContainTextAsync("A1: Audit the use of chronologies in child protection plans");
        await Expect(actions).ToContainTextAsync("Wednesday 1 December 2027");

        var update = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Update an action" });
        await update.GetByLabel("Action", new LocatorGetByLabelOptions { Exact = true }).SelectOptionAsync("A1");
        await update.GetByLabel("Yes, it is complete").CheckAsync();
        await update.GetByLabel("Note (optional)").FillAsync("Audit report taken to the Board in November.");
        await update.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Update the action" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The action has been updated.");
        await Expect(actions).ToContainTextAsync("Complete");
        await Expect(actions).ToContainTextAsync("Audit report taken to the Board in November.");

        var signOff = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Sign off the action plan" });
        var response = await page.RunAndWaitForResponseAsync(
            () => signOff.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Sign off the action plan" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(409, response.Status);
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("These steps are still open:");
        await Expect(page.Locator(".error-summary a")).ToHaveAttributeAsync("href", "#sign-off-heading");
        await Expect(page.Locator("#sign-off-error")).ToContainTextAsync("These steps are still open:");
        Assert.Empty(browser.PolicyViolations);
    }

    [Fact]
    public async Task A_kept_letter_opens_as_sent_in_a_sandbox_where_its_script_cannot_run()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0106");
        await KeepLetterAsync(host, "CR-2027-0106");
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        await page.GotoAsAsync(host.Address("/reviews/CR-2027-0106"), "Priya Shah");

        var notice = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "Notices issued" }).GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Agency request letter" });
        await Expect(notice).ToContainTextAsync("Sent");
        await notice.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Open the letter" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("Letter as sent");
        var frame = page.Locator("iframe.letter-frame");
        await Expect(frame).ToHaveAttributeAsync("sandbox", string.Empty);
        await Expect(page.FrameLocator("iframe.letter-frame").GetByRole(AriaRole.Heading, new FrameLocatorGetByRoleOptions { Name = "Request for information" })).ToBeVisibleAsync();
        await Expect(page.FrameLocator("iframe.letter-frame").Locator("body")).Not.ToContainTextAsync("SCRIPT RAN");
        await Expect(page).ToHaveTitleAsync("Letter agency-request-letter-agency-request-1-main.html – ReviewFunctions");
        await Screenshots.TakeAsync(page, "08-letter-as-sent");

        // Scrolled to first: Playwright's own scroll-and-click next to a sandboxed frame can land before the page settles.
        var onItsOwn = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Open the letter on its own page" });
        await onItsOwn.ScrollIntoViewIfNeededAsync();
        var asSent = await page.RunAndWaitForResponseAsync(() => onItsOwn.ClickAsync(), r => r.Url.EndsWith("/as-sent", StringComparison.Ordinal));
        Assert.StartsWith("sandbox;", await asSent.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", await asSent.HeaderValueAsync("x-content-type-options"));
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Request for information" })).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("SCRIPT RAN");
        await Expect(page).ToHaveTitleAsync("Request for information");
    }

    [Fact]
    public async Task Every_page_passes_axe_with_no_serious_or_critical_violations()
    {
        await using var host = await DashboardHost.StartAsync(azurite.Azurite);
        await host.StartReviewAsync("CR-2027-0107");
        await host.StartReviewAsync("CR-2027-0108");
        await host.RecordAsync("CR-2027-0107", "chair", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"The criteria are met."}""");
        await host.RecordAsync("CR-2027-0107", "business-manager", """{"type":"member-added","email":"reviewer@westbridge-scp.example","role":"lead-reviewer"}""");
        await host.RecordAsync("CR-2027-0107", "chair", """{"type":"action-plan-agreed","actions":[{"id":"A1","action":"Audit the use of chronologies in child protection plans","owner":"Children's social care","due":"2027-12-01","outcome":"Every plan audited has a current chronology"}]}""");
        await KeepLetterAsync(host, "CR-2027-0107");
        await host.Runner.AdvanceAsync(DashboardHost.Start.AddDays(10), default);
        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        var found = new StringBuilder();
        var serious = new List<string>();

        async Task CheckAsync(string name)
        {
            await Screenshots.TakeAsync(page, name);
            foreach (var violation in await AxeCore.RunAsync(page))
            {
                found.AppendLine(name + ": " + violation);
                if (violation.IsSeriousOrCritical)
                {
                    serious.Add(name + ": " + violation);
                }
            }
        }

        await page.GotoAsync(host.Address("/sign-in"));
        await CheckAsync("09-axe-sign-in");
        await page.GotoAsAsync(host.Address("/"), "Helen Marsh");
        await CheckAsync("10-axe-reviews");
        await page.GotoAsync(host.Address("/reviews/CR-2027-0107"));
        await CheckAsync("11-axe-review");
        await page.GotoAsync(host.Address("/reviews/CR-2027-0108"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Record the decision" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await CheckAsync("12-axe-review-with-errors");
        await page.GotoAsync(host.Address("/reviews/CR-2027-0107/letters/agency-request-letter-agency-request-1-main.html"));
        await CheckAsync("13-axe-letter");
        await page.GotoAsAsync(host.Address("/"), "Priya Shah");
        await page.GetByLabel("How many").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Move the clock forward" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await CheckAsync("14-axe-clock-with-errors");
        await page.GotoAsync(host.Address("/reviews/CR-2027-9999"));
        await CheckAsync("15-axe-not-found");
        // On a phone the page itself must not scroll sideways (WCAG reflow); only a wide table's own region does.
        await page.SetViewportSizeAsync(390, 844);
        foreach (var (path, name) in new[] { ("/", "16-axe-reviews-on-a-phone"), ("/reviews/CR-2027-0107", "17-axe-review-on-a-phone"), ("/reviews/CR-2027-0107/letters/agency-request-letter-agency-request-1-main.html", "18-axe-letter-on-a-phone") })
        {
            await page.GotoAsync(host.Address(path));
            await CheckAsync(name);
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, $"{path} is wider than a phone's screen.");
        }

        Directory.CreateDirectory(Screenshots.Folder);
        await File.WriteAllTextAsync(Path.Combine(Screenshots.Folder, "axe-violations.txt"), found.Length == 0 ? "No violations.\n" : found.ToString());
        Assert.True(serious.Count == 0, "axe found serious or critical violations:\n" + string.Join('\n', serious));
        Assert.Empty(browser.PolicyViolations);
    }

    /// <summary>A copy of the request letter as the notification code keeps it, with a script a tampered copy might carry.</summary>
    private static async Task KeepLetterAsync(DashboardHost host, string reference)
    {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Request for information</title></head>
            <body><h1 style="font-size: 1.4em;">Request for information</h1><p>Please secure your records about the child and family and reply to the Board within 3 working days.</p>
            <script>document.body.innerHTML = '<p>SCRIPT RAN</p>'; try { parent.document.title = 'SCRIPT RAN'; } catch (e) { }</script></body></html>
            """;
        await host.Documents.PutAsync(
            new DocumentPath(reference, DocumentCategory.Letters, "agency-request-letter-agency-request-1-main.html"),
            Encoding.UTF8.GetBytes(html),
            "text/html; charset=utf-8",
            new Dictionary<string, string>(),
            default);
    }
}
