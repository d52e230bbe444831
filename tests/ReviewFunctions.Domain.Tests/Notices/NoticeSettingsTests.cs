using System.Text;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Tests.Notices;

public sealed class NoticeSettingsTests
{
    private const string Minimal = """
        {"board": {"name": "Westbridge SCP", "email": "reviews@westbridge.example.gov.uk", "administratorEmail": "admin@westbridge.example.gov.uk"}}
        """;

    [Fact]
    public void The_shipped_directory_has_the_national_mailboxes_seed_001_publishes()
    {
        var settings = NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(Minimal));

        Assert.Equal("scr.sin@ofsted.cjsm.net", settings.Directory.Entry("ofsted")!.Email);
        Assert.Equal("Mailbox.CPOD@education.gov.uk", settings.Directory.Entry("dfe")!.Email);
        Assert.Equal("Mailbox.SCRPANEL@education.gov.uk", settings.Directory.Entry("national-panel")!.Email);
        Assert.True(settings.Directory.Entry("ofsted")!.OutsidePartnership);
        Assert.Null(settings.Directory.Entry("cqc")!.Email);
    }

    [Fact]
    public void Every_directory_id_a_procedure_sends_to_is_a_directory_entry_or_something_the_resolver_knows()
    {
        var procedures = ProcedureCatalogue.Embedded;
        var known = NoticeSettingsReader.ShippedEntries.Keys
            .Concat(procedures.Roles.Keys)
            .Concat([RecipientResolver.Agencies, RecipientResolver.Referrer, RecipientResolver.Family, RecipientResolver.Practitioners])
            .ToHashSet();
        var used = procedures.All.SelectMany(p => p.Steps).SelectMany(s => s.Notices).SelectMany(n => n.To).Distinct();

        Assert.All(used, to => Assert.Contains(to, known));
    }

    [Fact]
    public void A_Board_overrides_a_mailbox_and_a_bad_address_names_its_line()
    {
        var json = """
            {"board": {"name": "Westbridge SCP", "email": "reviews@westbridge.example.gov.uk", "administratorEmail": "admin@westbridge.example.gov.uk"},
             "directory": {"ofsted": {"email": "notifications@ofsted.example.gov.uk"}},
             "agencies": [{"name": "Westbridge Police",
                           "email": "not an address"}]
            }
            """;

        var error = Assert.Throws<ProcedureLoadException>(() => NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(json)));
        Assert.Equal(4, error.Line);
        Assert.Contains("agencies[0].email", error.Message, StringComparison.Ordinal);

        var fixedJson = json.Replace("not an address", "pvp@police.example.uk", StringComparison.Ordinal);
        var settings = NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(fixedJson));
        Assert.Equal("notifications@ofsted.example.gov.uk", settings.Directory.Entry("ofsted")!.Email);
        Assert.Equal("pvp@police.example.uk", settings.Directory.Agency("westbridge police")!.Email);
    }

    [Fact]
    public void A_Board_lists_its_partnership_domains_and_a_bad_one_names_its_line()
    {
        var json = """
            {"board": {"name": "Westbridge SCP", "email": "reviews@westbridge-scp.example", "administratorEmail": "admin@westbridge-scp.example"},
             "partnershipDomains": ["westbridge-scp.example",
                                    "gov.uk"]
            }
            """;

        var error = Assert.Throws<ProcedureLoadException>(() => NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(json)));
        Assert.Equal(3, error.Line);
        Assert.Contains("partnershipDomains[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("'gov.uk' is shared", error.Message, StringComparison.Ordinal);

        var settings = NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(json.Replace("\"gov.uk\"", "\"Westbridge-Council.Example\"", StringComparison.Ordinal)));
        Assert.Equal(["westbridge-scp.example", "westbridge-council.example"], settings.Partnership.Domains);
        Assert.True(settings.Partnership.Includes("dcs@westbridge-council.example"));
    }

    [Fact]
    public void A_partnership_domain_must_be_written_as_text()
    {
        var json = """{"board": {"name": "W", "email": "r@westbridge-scp.example", "administratorEmail": "a@westbridge-scp.example"}, "partnershipDomains": [42]}""";

        var error = Assert.Throws<ProcedureLoadException>(() => NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(json)));

        Assert.Contains("partnershipDomains[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_partnership_domains_nobody_is_inside_so_every_letter_is_anonymised()
    {
        var settings = NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(Minimal));

        Assert.Empty(settings.Partnership.Domains);
        Assert.False(settings.Partnership.Includes("reviews@westbridge.example.gov.uk"));
    }
}
