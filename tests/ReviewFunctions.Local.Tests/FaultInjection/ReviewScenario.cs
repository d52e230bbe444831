using System.Net;
using System.Text.Json;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Local.Tests.FaultInjection;

/// <summary>
/// A Serious Case Review's first three weeks as the Board lives them: the sample referral e-mailed in, the chair's
/// decision to review, the steps then open done by their owners days later, and time moving through the reminders,
/// escalations, morning digests and notices between.
/// </summary>
internal static class ReviewScenario
{
    private static readonly string SampleReferral = Path.Combine(RepositoryRoot.Find(), "samples", "referrals", "ref-a.email.json");

    /// <summary>Who does a step, by its owner's role; a role nobody on the demonstration Board holds is done by the business manager, who says why.</summary>
    private static readonly Dictionary<string, string> Doers = new(StringComparer.Ordinal)
    {
        ["board-chair"] = "chair",
        ["business-manager"] = "business-manager",
        ["panel-chair"] = "panel-chair",
        ["lead-reviewer"] = "reviewer",
    };

    public static async Task RunAsync(ScenarioRun run)
    {
        using var intake = await run.SendAsync(h => h.PostAsync("api/intake/email", File.ReadAllText(SampleReferral), "intake-reader"));
        Assert.Equal(HttpStatusCode.Accepted, intake.StatusCode);
        await run.AdvanceAsync("2027-02-08T10:45:00Z");
        run.Arm();
        await run.AdvanceAsync("2027-02-19T14:00:00Z");
        Assert.Equal(
            HttpStatusCode.Accepted,
            await run.RecordAsync("""{"type":"decision-recorded","outcome":"review","kind":"scr","reasons":"Child seriously harmed; abuse suspected"}""", "chair"));
        await run.AdvanceAsync("2027-02-19T14:01:00Z");
        await run.AdvanceAsync("2027-02-24T12:00:00Z");
        foreach (var (step, owner) in await OpenStepsAsync(run))
        {
            var json = Doers.TryGetValue(owner, out var doer)
                ? JsonSerializer.Serialize(new { type = "step-completed", step })
                : JsonSerializer.Serialize(new { type = "step-completed", step, justification = $"Done for the {owner}, who is not on the review." });
            await run.RecordAsync(json, doer ?? "business-manager");
        }

        await run.AdvanceAsync("2027-03-01T12:00:00Z");
        run.Disarm();

        // A kill just before the last answer may have left the instant's work half done; the host finishes it on waking.
        await run.AdvanceAsync("2027-03-01T12:00:00Z");
    }

    private static async Task<List<(string Step, string Owner)>> OpenStepsAsync(ScenarioRun run)
    {
        var review = await run.ReadAsync($"api/reviews/{ScenarioRun.Reference}", "business-manager");
        return [.. review.GetProperty("steps").EnumerateArray()
            .Where(s => (!s.TryGetProperty("occurrence", out var occurrence) || occurrence.ValueKind == JsonValueKind.Null) && s.GetProperty("status").GetString() is "open" or "overdue")
            .Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("owner").GetString()!))
            .Take(2)];
    }
}
