using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.SignIn;
using ReviewFunctions.Local.Tests.Engine;
using static Microsoft.Playwright.Assertions;

namespace ReviewFunctions.Local.Tests.Dashboard;

/// <summary>
/// A whole Serious Case Review, from the sample referral to the Board's sign-off of the action plan, done by the
/// demonstration Board's people through the dashboard in headless Chromium: each event the Board at work would post
/// over the API is instead recorded on the form that records it, signed in as the person it belongs to, and the clock
/// is moved on the list page by the business manager. The history then names exactly those people, in that order.
/// </summary>
public sealed class FullReviewBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    /// <summary>Three minutes after the sample referral reached the intake mailbox, as in the README.</summary>
    private static readonly DateTimeOffset Start = new(2027, 2, 8, 10, 45, 0, TimeSpan.Zero);

    /// <summary>A page that answers slowly while a CI run shares the machine is not a failure; a form never answering is.</summary>
    private static readonly LocatorAssertionsToContainTextOptions Answered = new() { Timeout = 30_000 };

    private static readonly string SampleReferral = Path.Combine(RepositoryRoot.Find(), "samples", "referrals", "ref-a.email.json");

    [Fact]
    public async Task A_whole_review_is_run_through_the_dashboard_by_the_boards_people_and_its_history_names_each_of_them()
    {
        // A review stuck on a form that never answers fails here rather than hanging the run.
        using var stuck = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var cancellation = stuck.Token;

        // An Azurite of its own: intake's reference register has fixed table names, which other hosts would share.
        await using var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, cancellation);
        await using var host = await DashboardHost.StartAsync(azurite, start: Start);
        var services = host.App.Services;
        var reviews = services.GetRequiredService<ReviewService>();
        var people = services.GetRequiredService<BoardPeople>();

        var reference = await SendInAsync(host, await File.ReadAllTextAsync(SampleReferral, cancellation));
        await host.Runner.WaitUntilQuietAsync(cancellation);

        // Intake keeps the referral in the default documents container, while this host gives its reviews a container
        // of their own, so the particulars the Board at work writes letters with are read where intake put them.
        var intakeDocuments = ReviewStorage.Create(StorageConnection.FromConnectionString(azurite.ConnectionString())).Documents;
        var particulars = await new DocumentReviewParticularsStore(intakeDocuments).GetAsync(reference, cancellation);
        var board = new BoardAtWork(reviews.Engine, services.GetRequiredService<NoticeComposer>(), particulars!, services.GetRequiredService<TimeProvider>(), people);

        await using var browser = await chromium.OpenAsync();
        var page = browser.Page;
        var reviewPath = "/reviews/" + reference;
        string? signedIn = null;

        // Every person-recorded event, as it was recorded through a form: what the history must name, in this order.
        var recorded = new List<(string Type, string Email)>();

        var state = await LoadAsync();
        for (var visit = 0; visit < 200 && !state.Finished; visit++)
        {
            var today = UkTime.ToUkDate(host.Runner.Now);
            state = await DoTodaysWorkAsync(state, today);
            if (state.Finished)
            {
                break;
            }

            // Moved by whole days from 10:45, so people work on the day's steps after its 09:00 reminders and digest.
            var next = board.NextDay(state, today) is { } day && day <= today.AddDays(7) ? day : today.AddDays(7);
            await SignInAsync(BoardAtWork.BusinessManager, "/");
            await MoveClockAsync(page, next.DayNumber - today.DayNumber);
            await host.Runner.WaitUntilQuietAsync(cancellation);
            state = await LoadAsync();
        }

        Assert.True(state.Finished, $"{reference} is still open at {host.Runner.Now:O}: {string.Join(", ", reviews.Engine.Schedule(state).Where(s => s.Status == StepStatus.Open).Select(s => s.Key))}");
        Assert.Equal("The Board signed off the action plan, and the report's time online has ended.", state.FinishedReason);

        using var admin = host.ClientAs("admin");
        var orchestration = await admin.GetFromJsonAsync<JsonElement>(host.Address($"/runtime/webhooks/durabletask/instances/{reference}"), cancellation);
        Assert.Equal("Completed", orchestration.GetProperty("runtimeStatus").GetString());

        // The review page says it has finished, and its history names who did each thing and as what.
        await page.GotoAsync(host.Address(reviewPath + "#history"));
        await Expect(page.Locator("main")).ToContainTextAsync("This review has finished. The Board signed off the action plan, and the report's time online has ended.");
        var history = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = $"History of review {reference}" });
        await ExpectRowAsync(history, "Referral received", "Intake mailbox reader");
        await ExpectRowAsync(history, "Decision recorded", "Helen Marsh", "chair@westbridge-scp.example", "Board chair");
        await ExpectRowAsync(history, "Action plan signed off", "Helen Marsh", "chair@westbridge-scp.example", "Board chair");
        var membersAdded = history.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Member added:" });
        await Expect(membersAdded).ToHaveCountAsync(recorded.Count(r => r.Type == "member-added"));
        await Expect(membersAdded.Filter(new LocatorFilterOptions { HasText = "Priya Shah" }).Filter(new LocatorFilterOptions { HasText = "Board business manager" }))
            .ToHaveCountAsync(recorded.Count(r => r.Type == "member-added"));
        var stepsDone = history.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = "Step done:" });
        await Expect(stepsDone.Filter(new LocatorFilterOptions { HasText = "Kate Ridley" }).Filter(new LocatorFilterOptions { HasText = "IMR / management review author or agency auditor on this review" }).First).ToBeVisibleAsync();
        await Expect(stepsDone.Filter(new LocatorFilterOptions { HasText = "Tom Okoro" }).First).ToContainTextAsync(new Regex("(Review panel chair|Case review sub-group chair) on this review"));
        await ExpectAxeCleanAsync(page);
        Assert.Empty(browser.PolicyViolations);

        // The audit trail as the auditor reads it: every person's event is one recorded through a form, by the person
        // the Board at work gave it to, in the order it was recorded.
        using var auditor = host.ClientAs("auditor");
        var events = (await auditor.GetFromJsonAsync<JsonElement>(host.Address($"/api/reviews/{reference}/history"), cancellation)).GetProperty("events").EnumerateArray().ToList();
        var byPeople = events.Select(e => (Type: e.GetProperty("event").GetProperty("type").GetString()!, Actor: Actor(e)))
            .Where(e => e.Actor.Email is not null)
            .ToList();
        Assert.Equal(recorded, [.. byPeople.Select(e => (e.Type, e.Actor.Email!))]);
        Assert.Equal(("Intake mailbox reader", null, "Intake.Submit"), Actor(events.Single(e => Type(e) == "referral-received")));
        Assert.All(byPeople.Where(e => e.Type == "member-added"), e => Assert.Equal(("Priya Shah", "business-manager@westbridge-scp.example", "Board.Manager"), e.Actor));
        Assert.Equal(("Helen Marsh", "chair@westbridge-scp.example", "Board.Chair"), byPeople.Single(e => e.Type == "decision-recorded").Actor);
        Assert.Equal(("Helen Marsh", "chair@westbridge-scp.example", "Board.Chair"), byPeople.Single(e => e.Type == "action-plan-signed-off").Actor);
        Assert.Contains(byPeople, e => e.Type == "step-completed" && e.Actor.Email == "panel-chair@westbridge-scp.example"
            && e.Actor.Role is "Review.Participant (panel-chair)" or "Review.Participant (subgroup-chair)");
        Assert.Contains(byPeople, e => e.Type == "step-completed" && e.Actor == ("Kate Ridley", "imr-author@westbridge-police.example", "Review.Participant (imr-author)"));

        // Records what people do today, a round at a time, each person's part of a round under one sign-in, letting
        // the review act on each round before the Board at work decides the next.
        async Task<ReviewState> DoTodaysWorkAsync(ReviewState state, DateOnly today)
        {
            for (var round = 0; round < 10; round++)
            {
                var posts = board.Posts(state, today);
                if (posts.Count == 0)
                {
                    break;
                }

                // Grouped in the order each person first appears: the business manager's new members come before
                // the steps those members record.
                foreach (var group in posts.GroupBy(p => p.Person))
                {
                    await SignInAsync(group.Key, reviewPath);
                    foreach (var post in group)
                    {
                        using var body = JsonDocument.Parse(post.Body);
                        await RecordAsync(page, body.RootElement);
                        recorded.Add((Type(body.RootElement), board.EmailOf(post.Person)));
                    }
                }

                await host.Runner.WaitUntilQuietAsync(cancellation);
                state = await LoadAsync();
            }

            return state;
        }

        // Signs in through the picker only when the person changes; otherwise just makes sure the page is the one asked for.
        async Task SignInAsync(string person, string path)
        {
            var address = host.Address(path);
            if (signedIn == person)
            {
                if (new Uri(page.Url).AbsolutePath != path)
                {
                    await page.GotoAsync(address);
                }

                return;
            }

            var name = people.Find(person)!.Caller.Name;
            await page.GotoAsync(host.Address("/sign-in?then=" + Uri.EscapeDataString(path)));
            await page.GetByLabel(name, new PageGetByLabelOptions { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(address);
            await Expect(page.Locator(".signed-in")).ToContainTextAsync($"Signed in as {name}");
            signedIn = person;
        }

        async Task<ReviewState> LoadAsync() => (await reviews.LoadStateAsync(reference, cancellation))!.State;
    }

    /// <summary>Fills in and sends the form that records <paramref name="body"/>'s event, and waits for the page to say it was recorded.</summary>
    private static async Task RecordAsync(IPage page, JsonElement body)
    {
        var type = Type(body);
        var (heading, button, done) = type switch
        {
            "member-added" => ("Add a member", "Add the member", "The member has been added."),
            "decision-recorded" => ("Record the decision", "Record the decision", "The decision has been recorded."),
            "step-completed" => ("Record a step as done", "Record the step as done", "The step has been recorded as done."),
            "notice-confirmed" => ("Send a notice that waits for you", "Confirm and send", "The notice has been confirmed and is being sent."),
            "action-plan-agreed" => ("Agree the action plan", "Agree the action plan", "The action plan has been agreed."),
            "action-updated" => ("Update an action", "Update the action", "The action has been updated."),
            "records-status-decided" => ("Decide what happens to the records", "Record the decision about the records", "The decision about the records has been recorded."),
            "action-plan-signed-off" => ("Sign off the action plan", "Sign off the action plan", "The action plan has been signed off."),
            "publication-recorded" => ("Record the publication", "Record the publication", "The publication has been recorded."),
            _ => throw new InvalidOperationException($"No dashboard form records a '{type}' event: {body}"),
        };
        var form = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = heading, Exact = true });
        switch (type)
        {
            case "member-added":
                await form.GetByLabel("Email address").FillAsync(Text(body, "email"));
                await form.GetByLabel("Role in this review").SelectOptionAsync(Text(body, "role"));
                break;
            case "decision-recorded":
                await form.GetByLabel("Hold a review", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
                await form.GetByLabel("Kind of review").SelectOptionAsync(Text(body, "kind"));
                await form.GetByLabel("Reasons for the decision").FillAsync(Text(body, "reasons"));
                break;
            case "step-completed":
                await form.GetByLabel("Step you have done").SelectOptionAsync(Text(body, "step"));
                if (body.TryGetProperty("justification", out var justification))
                {
                    await form.GetByLabel("Reason for recording this on someone else's behalf (optional)").FillAsync(justification.GetString()!);
                }

                break;
            case "notice-confirmed":
                await form.GetByLabel("Notice to send now").SelectOptionAsync($"{Text(body, "notice")}@{Text(body, "step")}");
                break;
            case "action-plan-agreed":
                var row = 0;
                foreach (var action in body.GetProperty("actions").EnumerateArray())
                {
                    var fields = form.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = $"Action {++row}", Exact = true });
                    var due = DateOnly.Parse(Text(action, "due"), CultureInfo.InvariantCulture);
                    await fields.GetByLabel("What will be done").FillAsync(Text(action, "action"));
                    await fields.GetByLabel("Who owns it").FillAsync(Text(action, "owner"));
                    await fields.GetByLabel("Day", new LocatorGetByLabelOptions { Exact = true }).FillAsync($"{due.Day}");
                    await fields.GetByLabel("Month", new LocatorGetByLabelOptions { Exact = true }).FillAsync($"{due.Month}");
                    await fields.GetByLabel("Year", new LocatorGetByLabelOptions { Exact = true }).FillAsync($"{due.Year}");
                    await fields.GetByLabel("What will show it worked").FillAsync(Text(action, "outcome"));
                }

                break;
            case "action-updated":
                await form.GetByLabel("Action", new LocatorGetByLabelOptions { Exact = true }).SelectOptionAsync(Text(body, "action"));
                await form.GetByLabel(Text(body, "status") == "completed" ? "Yes, it is complete" : "No, it is still open").CheckAsync();
                await form.GetByLabel("Note (optional)").FillAsync(Text(body, "note"));
                break;
            case "publication-recorded":
                var published = DateOnly.Parse(Text(body, "publishedOn"), CultureInfo.InvariantCulture);
                await form.GetByLabel("Day", new LocatorGetByLabelOptions { Exact = true }).FillAsync($"{published.Day}");
                await form.GetByLabel("Month", new LocatorGetByLabelOptions { Exact = true }).FillAsync($"{published.Month}");
                await form.GetByLabel("Year", new LocatorGetByLabelOptions { Exact = true }).FillAsync($"{published.Year}");
                await form.GetByLabel("Web address of the published report").FillAsync(Text(body, "link"));
                break;
            case "records-status-decided":
                await form.GetByLabel(body.GetProperty("keep").GetBoolean() ? "They stay locked" : "Release them (they keep their retention label)").CheckAsync();
                break;
        }

        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button, Exact = true }).ClickAsync();

        // A refusal shows its reason in the alert instead, and that is what a failure here reports.
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(done, Answered);
    }

    /// <summary>Moves the practice clock on from the list page, as the business manager does.</summary>
    private static async Task MoveClockAsync(IPage page, int days)
    {
        await page.GetByLabel("How many").FillAsync($"{days}");
        await page.GetByLabel("Days", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Move the clock forward" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?moved=yes$"), new PageAssertionsToHaveURLOptions { Timeout = 60_000 });
    }

    /// <summary>Posts a referral e-mail as the intake mailbox reader passes it on; answers the reference intake gave it.</summary>
    private static async Task<string> SendInAsync(DashboardHost host, string message)
    {
        using var intake = host.ClientAs("intake-reader");
        using var answer = await intake.PostAsync(new Uri(host.Address("/api/intake/email")), new StringContent(message, Encoding.UTF8, "application/json"));
        Assert.True(answer.StatusCode == HttpStatusCode.Accepted, await answer.Content.ReadAsStringAsync());
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewReference").GetString()!;
    }

    private static async Task ExpectRowAsync(ILocator table, string what, params string[] who)
    {
        var row = table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = what });
        await Expect(row).ToHaveCountAsync(1);
        foreach (var text in who)
        {
            await Expect(row).ToContainTextAsync(text);
        }
    }

    private static string Type(JsonElement e) => (e.TryGetProperty("event", out var inner) ? inner : e).GetProperty("type").GetString()!;

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static (string? Name, string? Email, string? Role) Actor(JsonElement historyEvent)
    {
        var actor = historyEvent.GetProperty("actor");
        string? Field(string name) => actor.TryGetProperty(name, out var value) ? value.GetString() : null;
        return (Field("name"), Field("email"), Field("role"));
    }

    private static async Task ExpectAxeCleanAsync(IPage page)
    {
        var violations = await AxeCore.RunAsync(page);
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n" + string.Join('\n', violations));
    }
}
