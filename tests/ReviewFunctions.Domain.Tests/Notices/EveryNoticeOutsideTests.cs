using System.Text;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Domain.Tests.Procedures;
using ReviewFunctions.Domain.Tests.Reviews;

namespace ReviewFunctions.Domain.Tests.Notices;

/// <summary>
/// A Board whose every address is outside its partnership domains: each notice of each procedure is then written
/// anonymised for every recipient and passes the gate, except family letters, which name their addressee and so are
/// stopped rather than sent to a deliverer outside.
/// </summary>
public sealed class EveryNoticeOutsideTests
{
    private static readonly ReviewEngine Engine = new(ProcedureCatalogue.Embedded, UkCalendar.Default);

    public static TheoryData<string> Kinds() => ShippedProcedureTests.KindData();

    /// <summary>Every role, directory entry and agency at an address outside the one partnership domain, so nothing is missing.</summary>
    private static NoticeSettings AllOutside()
    {
        var roles = new JsonObject();
        foreach (var role in ProcedureCatalogue.Embedded.Roles.Keys)
        {
            roles[role] = $"{role}@elsewhere.example";
        }

        var directory = new JsonObject();
        foreach (var id in NoticeSettingsReader.ShippedEntries.Keys)
        {
            directory[id] = new JsonObject { ["email"] = $"{id}@elsewhere.example" };
        }

        var agencies = new JsonArray([.. SampleReferrals.RefAAgencies.Select((name, i) => (JsonNode)new JsonObject
        {
            ["name"] = name,
            ["email"] = $"agency-{i}@elsewhere.example",
            ["safeguardingLead"] = $"lead-{i}@elsewhere.example",
            ["director"] = $"director-{i}@elsewhere.example",
        })]);
        var json = new JsonObject
        {
            ["board"] = new JsonObject { ["name"] = "Westbridge SCP", ["email"] = "reviews@elsewhere.example", ["chairName"] = "Margaret Hale", ["administratorEmail"] = "admin@elsewhere.example" },
            ["directory"] = directory,
            ["roles"] = roles,
            ["agencies"] = agencies,
            ["partnershipDomains"] = new JsonArray("westbridge-scp.example"),
        };
        return NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_notice_to_recipients_outside_is_anonymised_and_passes_the_gate(string kind)
    {
        var composer = new NoticeComposer(Engine, NoticeCatalogue.Embedded, AllOutside());
        var procedure = Engine.Catalogue.Get(kind);
        var received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 0));
        var driver = new ReviewDriver(Engine, new ReferralReceived(received, "CR-2027-0042", kind, procedure.Nations[0], new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 6), SampleReferrals.RefAAgencies, "intake"));
        var particulars = SampleReferrals.RefA() with { Officers = new ReviewOfficers("Ian Porter", "Ruth Adeyemi") };
        var written = new HashSet<string>(StringComparer.Ordinal);

        // Each notice is written as its step opens, the moment a host would send it.
        for (var now = received; now < received.AddYears(3) && !driver.State.Finished; now = now.AddDays(1))
        {
            driver.Decide(now);
            foreach (var step in Engine.Schedule(driver.State).Where(s => s.Status == StepStatus.Open))
            {
                foreach (var notice in step.Definition.Notices.Where(n => written.Add(ReviewState.NoticeKey(n.Id, step.Id, step.Occurrence))))
                {
                    Check(kind, notice.Id, composer.Compose(new SendNotice(driver.State.Reference, notice.Id, step.Id, step.Occurrence, notice.To), driver.State, particulars, now));
                }
            }

            EveryProcedureRunsTests.DoEveryOpenStep(driver, kind, now);
        }

        Assert.True(driver.State.Finished);
        Assert.Equal(procedure.Steps.SelectMany(s => s.Notices).Select(n => n.Id).ToHashSet(), written.Select(k => k.Split('@')[0]).ToHashSet());
    }

    private static void Check(string kind, string notice, ComposedNotice composed)
    {
        Assert.True(composed.Missing.Count == 0, $"{kind} {notice}: no address for {string.Join(", ", composed.Missing)}");
        Assert.All(composed.Messages, m => Assert.All(m.To, r => Assert.True(r.OutsidePartnership, $"{notice}: {r.Email}")));
        if (composed.Messages.Any(m => m.Group == "family"))
        {
            Assert.True(composed.Blocked, $"{kind} {notice}: family letters went to a deliverer outside");
            return;
        }

        Assert.False(composed.Blocked, $"{kind} {notice}: {(composed.Blocked ? AnonymisationGate.Describe(composed.Leaks) : string.Empty)}");
        Assert.All(composed.Messages, m => Assert.True(m.Anonymised, $"{kind} {notice} {m.Group}"));
    }
}
