using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>The names a review must hide and the aliases that stand in for them, the same every time.</summary>
public sealed class ParticularsTests
{
    [Theory]
    [InlineData("Mother", "Mother")]
    [InlineData("mum", "Mother")]
    [InlineData("Birth mother", "Mother")]
    [InlineData("Mum's boyfriend", "Mother's partner")]
    [InlineData("Partner of mother", "Mother's partner")]
    [InlineData("Step-father", "Stepfather")]
    [InlineData("Dad", "Father")]
    [InlineData("Maternal Grandmother", "Maternal grandmother")]
    [InlineData("Nan", "Grandmother")]
    [InlineData("Half-sister", "Sibling")]
    [InlineData("Brother", "Sibling")]
    [InlineData("Auntie", "Aunt")]
    [InlineData("Lodger", "Significant other")]
    [InlineData(null, "Significant other")]
    public void Relationships_in_everyday_words_have_the_aliases_reviews_use(string? relationship, string kind) =>
        Assert.Equal(kind, FamilyAliases.Kind(relationship));

    [Fact]
    public void Siblings_are_always_numbered_and_others_only_when_there_are_two()
    {
        var aliases = FamilyAliases.Assign(["Mother", "Father", "Brother", "Sister", "Grandmother", "Grandmother", "Uncle", "Neighbour"]);

        Assert.Equal(["Mother", "Father", "Sibling 1", "Sibling 2", "Grandmother 1", "Grandmother 2", "Uncle", "Significant other 1"], aliases);
    }

    [Fact]
    public void The_same_referral_always_gives_the_same_particulars()
    {
        var referral = ReferralReader.ReadWordForm(new FormContent().ToDocx(), "f.docx", new DateOnly(2027, 2, 8)).Referral!;

        var once = ReviewParticularsBuilder.From("CR-2027-0001", referral);
        var again = ReviewParticularsBuilder.From("CR-2027-0001", ReferralJson.Deserialize(ReferralJson.SerializeToUtf8Bytes(referral)));

        Assert.Equal(ReferralJsonOf(once), ReferralJsonOf(again));
    }

    [Fact]
    public void Ref_a_particulars_name_everyone_with_their_alias()
    {
        var referral = ReferralReader.Read(Samples.Message("ref-a.email.json"), new DateOnly(2027, 2, 8), new IntakeLimits()).Referral!;

        var p = ReviewParticularsBuilder.From("CR-2027-0001", referral);

        Assert.Equal(new PersonParticulars("Jayden Marsh", "Child A", "child", new DateOnly(2023, 6, 14), "12 Alder Row, Westbridge WB4 2QT"), p.Child);
        Assert.Equal(
            [
                new PersonParticulars("Kerry Marsh", "Mother", "Mother", new DateOnly(2001, 11, 2), null),
                new PersonParticulars("Dean Fowler", "Mother's partner", "Mother's partner", new DateOnly(1998, 8, 19), null),
                new PersonParticulars("Leah Marsh", "Sibling 1", "Sibling", new DateOnly(2020, 1, 30), null),
            ],
            p.Family);
        Assert.Equal(
            [
                new PractitionerParticulars("Priya Raman", "Referrer", "referrer", "Westbridge Children's Services"),
                new PractitionerParticulars("Tom Ellery", "Referrer's line manager", "line manager", "Westbridge Children's Services"),
                new PractitionerParticulars("Sam Okafor", "Practitioner 1", "practitioner", "Westbridge Primary Care Trust (Health Visiting)"),
                new PractitionerParticulars("DS Helen Crane", "Practitioner 2", "practitioner", "Westbridge Police"),
            ],
            p.Practitioners);
        Assert.Equal([new AddressParticulars("12 Alder Row, Westbridge WB4 2QT", "Child A's home")], p.Addresses);
    }

    [Fact]
    public void An_address_shared_with_the_child_is_one_address_and_others_are_numbered()
    {
        var form = new FormContent() with
        {
            Family =
            [
                new FormContent().Family[0],
                ["Kerry Marsh", "Mother", "02/11/2001", "12 ALDER ROW, Westbridge WB4 2QT", "", "", ""],
                ["Dean Fowler", "Father", "19/08/1998", "3 Elm Close, Westbridge", "", "", ""],
            ],
        };
        var referral = ReferralReader.ReadWordForm(form.ToDocx(), "f.docx", new DateOnly(2027, 2, 8)).Referral!;

        var p = ReviewParticularsBuilder.From("CR-2027-0001", referral);

        Assert.Equal(["Child A's home", "Address 1"], p.Addresses.Select(a => a.Alias));
    }

    private static string ReferralJsonOf(ReviewParticulars particulars) => System.Text.Json.JsonSerializer.Serialize(particulars);
}
