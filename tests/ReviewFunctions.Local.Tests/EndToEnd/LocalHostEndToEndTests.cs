using System.Text.Json;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Local.Driving;

namespace ReviewFunctions.Local.Tests.EndToEnd;

/// <summary>
/// The whole system on one machine, started as a person starts it: a referral e-mailed in by the intake mailbox
/// reader, the decision recorded by the chair, time moved through the Serious Case Review's timetable by the business
/// manager, the host killed and started again mid-review.
/// </summary>
public sealed class LocalHostEndToEndTests
{
    /// <summary>The sample referral the README posts too.</summary>
    private static readonly string SampleReferral = Path.Combine(RepositoryRoot.Find(), "samples", "referrals", "ref-a.email.json");

    [Fact]
    public async Task A_referral_runs_through_the_scr_timetable_and_survives_a_restart_without_losing_or_repeating_mail()
    {
        Assert.True(File.Exists(SampleReferral), $"The sample referral is missing: {SampleReferral}");
        var data = Directory.CreateTempSubdirectory("rf-e2e-");
        try
        {
            var port = LocalHostProcess.FreePort();
            List<Mail> beforeRestart;
            await using (var host = await LocalHostProcess.StartAsync(data.FullName, port, "2027-02-08T10:45:00Z"))
            {
                var intake = await host.PostAsync("api/intake/email", await File.ReadAllTextAsync(SampleReferral), "intake-reader");
                Assert.Equal(202, (int)intake.StatusCode);
                var reference = JsonDocument.Parse(await intake.Content.ReadAsStringAsync()).RootElement.GetProperty("reviewReference").GetString();
                Assert.Equal("CR-2027-0001", reference);
                await host.PostAsync("api/clock/advance", """{"by":"PT0S"}""", "business-manager");

                var atReferral = await OutboxAsync(host);
                var requests = atReferral.Where(m => m.Subject.StartsWith("Please secure your records", StringComparison.Ordinal)).ToList();
                Assert.Equal(2, requests.Count);
                Assert.All(requests, r => Assert.Equal(At("2027-02-08T10:45:00Z"), r.SentAt));
                var inside = Assert.Single(requests, m => m.To.Contains("safeguarding@westbridge-council.example"));
                Assert.Contains("Jayden Marsh", inside.Text, StringComparison.Ordinal);

                // The police and health visiting contacts the form gives are outside the demonstration Board's domains.
                var outside = Assert.Single(requests, m => m.To.Contains("helen.crane@police.example.uk"));
                Assert.Contains("sam.okafor@westbridge-health.example.nhs.uk", outside.To);
                Assert.Contains("Child A", outside.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Jayden", outside.Text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Marsh", outside.Text, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(atReferral, m => m.Subject == "Referral received: CR-2027-0001" && m.To.Contains("priya.raman@westbridge.example.gov.uk"));
                var caseFile = await host.GetJsonAsync("api/casefiles/CR-2027-0001", "business-manager");
                var filed = caseFile.GetProperty("files").EnumerateArray().Select(f => (Name: f.GetProperty("name").GetString()!, Locked: f.GetProperty("locked").GetBoolean())).ToList();
                Assert.Contains(filed, f => f.Name.StartsWith("referral-", StringComparison.Ordinal) && f.Locked);
                Assert.Contains(filed, f => f.Name.StartsWith("letter-", StringComparison.Ordinal) && f.Name.EndsWith(".html", StringComparison.Ordinal) && f.Locked);
                Assert.DoesNotContain(filed, f => f.Name.Contains("marsh", StringComparison.OrdinalIgnoreCase));

                var advance = await host.PostAsync("api/clock/advance", """{"to":"2027-02-19T14:00:00Z"}""", "business-manager");
                Assert.True(advance.IsSuccessStatusCode);
                var decision = await host.PostAsync($"api/reviews/{reference}/events", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"Child seriously harmed; abuse suspected; agencies' work together in question"}""", "chair");
                Assert.Equal(202, (int)decision.StatusCode);
                await host.PostAsync("api/clock/advance", """{"by":"PT1M"}""", "business-manager");

                var decided = await OutboxAsync(host);
                var national = Assert.Single(decided, m => m.To.Contains("Mailbox.SCRPANEL@education.gov.uk"));
                Assert.Contains("scr.sin@ofsted.cjsm.net", national.To);
                Assert.Contains("Mailbox.CPOD@education.gov.uk", national.To);
                Assert.Equal(At("2027-02-19T14:00:00Z"), national.SentAt);
                Assert.DoesNotContain("Jayden", national.Text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Marsh", national.Text, StringComparison.OrdinalIgnoreCase);

                await host.PostAsync("api/clock/advance", """{"to":"2027-03-03T12:00:00Z"}""", "business-manager");
                beforeRestart = await OutboxAsync(host);
                AssertMorningDigestsOnWorkingDaysOnly(beforeRestart);
                Assert.Contains(beforeRestart, m => m.SentAt == At("2027-03-01T09:05:00Z"));
                host.Kill();
            }

            await using (var again = await LocalHostProcess.StartAsync(data.FullName, port, "2027-02-08T10:45:00Z"))
            {
                var health = await again.GetJsonAsync("api/health", "business-manager");
                Assert.Equal(At("2027-03-03T12:00:00Z"), health.GetProperty("clock").GetProperty("now").GetDateTimeOffset());
                var review = await again.GetJsonAsync("api/reviews/CR-2027-0001", "chair");
                Assert.Equal("review", review.GetProperty("stage").GetString());

                await again.PostAsync("api/clock/advance", """{"to":"2027-03-10T12:00:00Z"}""", "business-manager");

                var after = await OutboxAsync(again);
                Assert.Equal(beforeRestart, after.Take(beforeRestart.Count));
                var newSince = after.Skip(beforeRestart.Count).ToList();
                Assert.NotEmpty(newSince);
                Assert.All(newSince, m => Assert.True(m.SentAt >= At("2027-03-03T12:00:00Z"), $"{m.Subject} at {m.SentAt:O} was sent again after the restart"));
                AssertMorningDigestsOnWorkingDaysOnly(after);
                var sends = after.Select(m => (m.Subject, To: string.Join(',', m.To), m.SentAt)).ToList();
                Assert.Equal(sends.Count, sends.Distinct().Count());
                Assert.Equal(2, after.Count(m => m.Subject.StartsWith("Please secure your records", StringComparison.Ordinal)));
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Killed_mid_advance_the_host_resumes_the_review_with_nothing_lost_or_sent_twice()
    {
        var uninterrupted = Directory.CreateTempSubdirectory("rf-e2e-");
        var killed = Directory.CreateTempSubdirectory("rf-e2e-");
        try
        {
            List<Mail> expected;
            await using (var host = await LocalHostProcess.StartAsync(uninterrupted.FullName, LocalHostProcess.FreePort(), "2027-02-08T10:45:00Z"))
            {
                await DecideToReviewAsync(host);
                await host.PostAsync("api/clock/advance", """{"to":"2027-04-01T12:00:00Z"}""", "business-manager");
                expected = await OutboxAsync(host);
            }

            var port = LocalHostProcess.FreePort();
            int atKill;
            await using (var host = await LocalHostProcess.StartAsync(killed.FullName, port, "2027-02-08T10:45:00Z"))
            {
                var decided = await DecideToReviewAsync(host);
                var advance = host.PostAsync("api/clock/advance", """{"to":"2027-04-01T12:00:00Z"}""", "business-manager");

                // Kill it once it is well into the advance: some of the timetable's mail sent, most not yet.
                for (var waited = 0; (atKill = (await OutboxAsync(host)).Count) < decided + 10 && waited < 600; waited++)
                {
                    await Task.Delay(100);
                }

                host.Kill();
                var stopped = await Record.ExceptionAsync(async () => Assert.False((await advance).IsSuccessStatusCode, "the advance finished although the host was stopped"));
                Assert.True(stopped is null or HttpRequestException or TaskCanceledException, stopped?.ToString());
            }

            await using (var again = await LocalHostProcess.StartAsync(killed.FullName, port, "2027-02-08T10:45:00Z"))
            {
                var clock = (await again.GetJsonAsync("api/health", "business-manager")).GetProperty("clock").GetProperty("now").GetDateTimeOffset();
                Assert.InRange(clock, At("2027-02-19T14:00:00Z"), At("2027-04-01T11:59:59Z"));
                await again.PostAsync("api/clock/advance", """{"to":"2027-04-01T12:00:00Z"}""", "business-manager");
                var outbox = await OutboxAsync(again);

                Assert.True(atKill < expected.Count, $"the host was killed after everything was sent ({atKill} of {expected.Count})");
                var sends = outbox.Select(m => (m.Subject, To: string.Join(',', m.To), m.SentAt)).ToList();
                Assert.Equal(sends.Count, sends.Distinct().Count());
                Assert.Equal(
                    expected.Select(m => (m.Subject, To: string.Join(',', m.To), m.SentAt)).Order(),
                    sends.Order());
            }
        }
        finally
        {
            uninterrupted.Delete(recursive: true);
            killed.Delete(recursive: true);
        }
    }

    /// <summary>The README's first steps: the sample referral e-mailed in, and the chair's decision to review; answers the mail count.</summary>
    private static async Task<int> DecideToReviewAsync(LocalHostProcess host)
    {
        Assert.Equal(202, (int)(await host.PostAsync("api/intake/email", await File.ReadAllTextAsync(SampleReferral), "intake-reader")).StatusCode);
        await host.PostAsync("api/clock/advance", """{"to":"2027-02-19T14:00:00Z"}""", "business-manager");
        var decision = await host.PostAsync("api/reviews/CR-2027-0001/events", """{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"Child seriously harmed; abuse suspected"}""", "chair");
        Assert.Equal(202, (int)decision.StatusCode);
        await host.PostAsync("api/clock/advance", """{"by":"PT1M"}""", "business-manager");
        return (await OutboxAsync(host)).Count;
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertMorningDigestsOnWorkingDaysOnly(IEnumerable<Mail> outbox)
    {
        var digests = outbox.Where(m => m.Subject.StartsWith("Review steps for", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(digests);
        Assert.All(digests, d =>
        {
            Assert.Equal(new TimeSpan(9, 5, 0), d.SentAt.TimeOfDay);
            Assert.True(d.SentAt.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"a digest went on a {d.SentAt.DayOfWeek}");
        });
        var perPersonPerDay = digests.GroupBy(d => (string.Join(',', d.To), d.SentAt.Date)).ToList();
        Assert.All(perPersonPerDay, g => Assert.Single(g));
    }

    private static async Task<List<Mail>> OutboxAsync(LocalHostProcess host) =>
        [.. (await host.GetJsonAsync("api/outbox", "business-manager")).EnumerateArray().Select(m => new Mail(
            m.GetProperty("subject").GetString()!,
            [.. m.GetProperty("to").EnumerateArray().Select(t => t.GetString()!)],
            m.GetProperty("text").GetString() ?? string.Empty,
            m.GetProperty("sentAt").GetDateTimeOffset()))];

    private sealed record Mail(string Subject, IReadOnlyList<string> To, string Text, DateTimeOffset SentAt)
    {
        public bool Equals(Mail? other) => other is not null && Subject == other.Subject && To.SequenceEqual(other.To) && SentAt == other.SentAt;

        public override int GetHashCode() => HashCode.Combine(Subject, SentAt);
    }
}
