using System.Text;
using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>
/// Two Boards' notice settings as a Board would write them: one English partnership, one Welsh regional board. Every
/// address the sample referrals and the simulated reviews use is in a partnership domain, so what goes outside is what
/// goes to national bodies; tests of recipients outside narrow the domains.
/// </summary>
internal static class TestBoards
{
    public const string WestbridgeJson = """
        {
          "board": {
            "name": "Westbridge Safeguarding Children Partnership",
            "email": "reviews@westbridge-scp.example.gov.uk",
            "chairName": "Margaret Hale",
            "administratorEmail": "admin@westbridge-scp.example.gov.uk"
          },
          "directory": {
            "cqc": {"email": "cqc-notices@cqc.example.org.uk"},
            "sha": {"email": "commissioning@icb.example.nhs.uk"},
            "hmic": {"email": "notices@hmicfrs.example.gov.uk"},
            "hmip": {"email": "notices@hmiprisons.example.gov.uk"},
            "hmi-probation": {"email": "notices@hmiprobation.example.gov.uk"},
            "panel": {"email": "scr-panel@westbridge-scp.example.gov.uk"}
          },
          "roles": {"business-manager": "manager@westbridge-scp.example.gov.uk"},
          "agencies": [
            {"name": "Westbridge Children's Services", "email": "safeguarding@westbridge-cs.example.gov.uk", "director": "dcs@westbridge-cs.example.gov.uk"},
            {"name": "Westbridge Police", "email": "pvp@police.example.uk", "safeguardingLead": "lead@police.example.uk"}
          ],
          "partnershipDomains": [
            "westbridge-scp.example.gov.uk", "westbridge-cs.example.gov.uk", "westbridge.example.gov.uk",
            "westbridge-health.example.nhs.uk", "police.example.uk", "independent.example.org.uk"
          ]
        }
        """;

    public const string GwentJson = """
        {
          "board": {
            "name": "Eastmoor Regional Safeguarding Board",
            "email": "reviews@eastmoor-rsb.example.gov.wales",
            "chairName": "Gareth Lloyd",
            "administratorEmail": "admin@eastmoor-rsb.example.gov.wales"
          },
          "directory": {
            "welsh-government": {"email": "safeguarding-reviews@gov.example.wales"}
          },
          "agencies": [
            {"name": "Eastmoor NHS Foundation Trust", "email": "safeguarding@eastmoor.example.nhs.uk"}
          ],
          "partnershipDomains": ["eastmoor-rsb.example.gov.wales", "eastmoor.example.nhs.uk", "eastmoor-sec.example.sch.uk", "independent.example.wales"]
        }
        """;

    public static NoticeSettings Westbridge(string? confirmBeforeSending = null) =>
        NoticeSettingsReader.Read("westbridge.json", Encoding.UTF8.GetBytes(confirmBeforeSending is null
            ? WestbridgeJson
            : WestbridgeJson.TrimEnd().TrimEnd('}') + $", \"confirmBeforeSending\": [\"{confirmBeforeSending}\"]}}"));

    public static NoticeSettings Eastmoor() => NoticeSettingsReader.Read("eastmoor.json", Encoding.UTF8.GetBytes(GwentJson));
}
