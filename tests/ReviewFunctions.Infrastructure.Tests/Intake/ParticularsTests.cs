using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>The people a review's notices must hide outside the partnership, read from its referral, the same every time.</summary>
public sealed class ParticularsTests
{
    [Fact]
    public void The_same_referral_always_gives_the_same_particulars()
    {
        var referral = ReferralReader.ReadWordForm(new FormContent().ToDocx(), "f.docx", new DateOnly(2027, 2, 8)).Referral!;

        var once = ReviewParticularsBuilder.From(referral);
        var again = ReviewParticularsBuilder.From(ReferralJson.Deserialize(ReferralJson.SerializeToUtf8Bytes(referral)));

        Assert.Equal(JsonOf(once), JsonOf(again));
    }

    [Fact]
    public void Ref_a_particulars_name_everyone_and_the_aliases_stand_in_for_them()
    {
        var referral = ReferralReader.Read(Samples.Message("ref-a.email.json"), new DateOnly(2027, 2, 8), new IntakeLimits()).Referral!;

        var p = ReviewParticularsBuilder.From(referral);

        Assert.Equal(new ChildDetails("Jayden Marsh", new DateOnly(2023, 6, 14), "12 Alder Row, Westbridge WB4 2QT"), p.Child);
        Assert.Equal(
            [
                new Domain.Notices.FamilyMember("Kerry Marsh", "Mother", new DateOnly(2001, 11, 2), null),
                new Domain.Notices.FamilyMember("Dean Fowler", "Mother's partner", new DateOnly(1998, 8, 19), null),
                new Domain.Notices.FamilyMember("Leah Marsh", "Sibling", new DateOnly(2020, 1, 30), null),
            ],
            p.Family);
        Assert.Equal(("Priya Raman", "Westbridge Children's Services"), (p.Referrer.Name, p.Referrer.Agency));
        Assert.Equal(
            [
                new Practitioner("Tom Ellery", "Westbridge Children's Services"),
                new Practitioner("Sam Okafor", "Westbridge Primary Care Trust (Health Visiting)"),
                new Practitioner("DS Helen Crane", "Westbridge Police"),
            ],
            p.Practitioners);
        Assert.Equal(["Westbridge Primary Care Trust (Health Visiting)", "Westbridge Police"], p.Agencies.Select(a => a.Name));
        var aliases = AliasBook.For(p);
        Assert.Equal(["Mother", "Mother's partner", "Sibling 1"], aliases.FamilyAliases(p));
    }

    [Fact]
    public void A_blank_address_is_no_address()
    {
        var form = new FormContent() with
        {
            Family =
            [
                new FormContent().Family[0],
                ["Kerry Marsh", "Mother", "02/11/2001", "n/a", "", "", ""],
            ],
        };
        var referral = ReferralReader.ReadWordForm(form.ToDocx(), "f.docx", new DateOnly(2027, 2, 8)).Referral!;

        var p = ReviewParticularsBuilder.From(referral);

        Assert.Null(Assert.Single(p.Family).Address);
    }

    private static string JsonOf(ReviewParticulars particulars) => System.Text.Json.JsonSerializer.Serialize(particulars);
}
