using System.Diagnostics;
using System.Text.Json;
using ReviewFunctions.Local.Driving;

namespace ReviewFunctions.Local.Tests.EndToEnd;

/// <summary>
/// The local host as a person runs it: an agency known only from the referral form is asked at once at the form's
/// address and the directory's gap is shown as a problem rather than retried; an orchestration an administrator
/// terminates is brought back by the sweeper and the review goes on chasing.
/// </summary>
public sealed class NoReviewStopsSilentlyTests
{
    private static readonly string Samples = Path.Combine(Emulators.Storage.RepositoryRoot.Find(), "samples", "referrals");

    [Fact]
    public async Task An_agency_known_only_from_the_form_is_asked_within_a_minute_and_the_directory_gap_is_a_problem_not_a_retry_loop()
    {
        var data = Directory.CreateTempSubdirectory("rf-gap-");
        try
        {
            await using var host = await LocalHostProcess.StartAsync(data.FullName, LocalHostProcess.FreePort(), "2027-06-30T16:10:00Z");
            var clock = Stopwatch.StartNew();
            var intake = await host.PostAsync("api/intake/email", await File.ReadAllTextAsync(Path.Combine(Samples, "ref-b.body.email.json")), "intake-reader");
            Assert.Equal(202, (int)intake.StatusCode);
            var reference = JsonDocument.Parse(await intake.Content.ReadAsStringAsync()).RootElement.GetProperty("reviewReference").GetString()!;
            await host.PostAsync("api/clock/advance", """{"by":"PT0S"}""", "business-manager");

            var asked = (await OutboxAsync(host)).Where(IsRecordsRequest).ToList();
            Assert.Contains(asked, m => m.To.Contains("r.penhaligon@eastmoor-sec.example.sch.uk"));
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"The agency was asked {clock.Elapsed} after the referral was accepted.");

            var notice = (await host.GetJsonAsync($"api/reviews/{reference}", "business-manager")).GetProperty("notices").EnumerateArray()
                .Single(n => n.GetProperty("notice").GetString() == "agency-request-letter");
            Assert.Equal("undelivered", notice.GetProperty("status").GetString());
            var unreached = notice.GetProperty("unreached").EnumerateArray().Select(u => u.GetString()!).ToList();
            Assert.Contains(unreached, u => u.StartsWith("Eastmoor NHS Foundation Trust", StringComparison.Ordinal));
            var alerts = (await OutboxAsync(host)).Count(m => m.Subject.StartsWith("Not everyone received a notice", StringComparison.Ordinal));
            Assert.Equal(1, alerts);

            // A week on the clock: reminders go, but the notice is not tried again and the manager is not told again.
            await host.PostAsync("api/clock/advance", """{"by":"P7D"}""", "business-manager");
            var week = await OutboxAsync(host);
            Assert.Equal(asked.Count, week.Count(IsRecordsRequest));
            Assert.Equal(1, week.Count(m => m.Subject.StartsWith("Not everyone received a notice", StringComparison.Ordinal)));
            Assert.Contains(week, m => m.Subject.StartsWith("Review steps for", StringComparison.Ordinal) && m.Text.Contains("Not delivered to everyone", StringComparison.Ordinal));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_terminated_orchestration_is_restarted_by_the_sweeper_and_the_review_goes_on_chasing()
    {
        var data = Directory.CreateTempSubdirectory("rf-sweep-");
        try
        {
            await using var host = await LocalHostProcess.StartAsync(data.FullName, LocalHostProcess.FreePort(), "2027-02-08T10:45:00Z", "--sweep-every", "2");
            var intake = await host.PostAsync("api/intake/email", await File.ReadAllTextAsync(Path.Combine(Samples, "ref-a.email.json")), "intake-reader");
            var reference = JsonDocument.Parse(await intake.Content.ReadAsStringAsync()).RootElement.GetProperty("reviewReference").GetString()!;
            await host.PostAsync("api/clock/advance", """{"by":"PT0S"}""", "business-manager");

            var terminate = await host.PostAsync($"runtime/webhooks/durabletask/instances/{reference}/terminate?reason=Testing%20the%20sweeper", string.Empty, "admin");
            Assert.Equal(202, (int)terminate.StatusCode);
            // Terminating is asynchronous and the sweeper looks every 2 s: the resumption on the review's history is the proof.
            var waited = Stopwatch.StartNew();
            while (!await ResumedAsync(host, reference) || await StatusAsync(host, reference) != "Running")
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The sweeper did not bring the review back within a minute (its period is 2 s).");
                await Task.Delay(250);
            }

            var before = (await OutboxAsync(host)).Count;
            await host.PostAsync("api/clock/advance", """{"by":"P3D"}""", "business-manager");
            var after = await OutboxAsync(host);
            Assert.True(after.Count > before, "Nothing was sent in the three days after the restart.");
            Assert.Contains(after.Skip(before), m => m.Subject.StartsWith("Review steps for", StringComparison.Ordinal));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static bool IsRecordsRequest(Mail m) => m.Subject.StartsWith("Please secure your records", StringComparison.Ordinal);

    private static async Task<bool> ResumedAsync(LocalHostProcess host, string reference) =>
        (await host.GetJsonAsync($"api/reviews/{reference}/history", "business-manager")).GetProperty("events").EnumerateArray()
            .Any(e => e.GetProperty("event").GetProperty("type").GetString() == "review-resumed");

    private static async Task<string?> StatusAsync(LocalHostProcess host, string reference) =>
        (await host.GetJsonAsync($"runtime/webhooks/durabletask/instances/{reference}", "admin")).GetProperty("runtimeStatus").GetString();

    private static async Task<List<Mail>> OutboxAsync(LocalHostProcess host) =>
        [.. (await host.GetJsonAsync("api/outbox", "business-manager")).EnumerateArray().Select(m => new Mail(
            m.GetProperty("subject").GetString()!,
            [.. m.GetProperty("to").EnumerateArray().Select(t => t.GetString()!)],
            m.GetProperty("text").GetString() ?? string.Empty))];

    private sealed record Mail(string Subject, IReadOnlyList<string> To, string Text);
}
