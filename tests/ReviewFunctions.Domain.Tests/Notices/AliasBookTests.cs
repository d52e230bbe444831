using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Domain.Tests.Notices;

public sealed class AliasBookTests
{
    [Fact]
    public void The_first_sample_family_is_named_by_relationship()
    {
        var particulars = SampleReferrals.RefA();
        var aliases = AliasBook.For(particulars);

        Assert.Equal("Child A", AliasBook.Child);
        Assert.Equal(["Mother", "Mother's partner", "Sibling 1"], aliases.FamilyAliases(particulars));
        Assert.Equal("Practitioner 2", aliases.Of(particulars.Practitioners[1]));
    }

    [Fact]
    public void Siblings_are_numbered_oldest_first_whatever_order_the_form_lists_them()
    {
        var particulars = SampleReferrals.RefA() with
        {
            Family =
            [
                new FamilyMember("Ava Marsh", "sister", new DateOnly(2021, 5, 1), null),
                new FamilyMember("Kerry Marsh", "Mum", null, null),
                new FamilyMember("Leo Marsh", "half-brother", new DateOnly(2018, 2, 1), null),
                new FamilyMember("Pat Marsh", "Nan", null, null),
            ],
        };

        Assert.Equal(["Sibling 2", "Mother", "Sibling 1", "Grandmother"], AliasBook.For(particulars).FamilyAliases(particulars));
    }

    [Fact]
    public void Two_people_with_the_same_relationship_are_numbered_in_form_order()
    {
        var particulars = SampleReferrals.RefB() with
        {
            Family = [new FamilyMember("Nadia Haddad", "Aunt", null, null), new FamilyMember("Lina Haddad", "aunt", null, null)],
        };

        Assert.Equal(["Aunt 1", "Aunt 2"], AliasBook.For(particulars).FamilyAliases(particulars));
    }

    [Fact]
    public void A_relationship_written_with_a_name_in_it_becomes_family_member()
    {
        var particulars = SampleReferrals.RefA() with
        {
            Family = [new FamilyMember("Kerry Marsh", "Mother", null, null), new FamilyMember("Dean Fowler", "Kerry's boyfriend", null, null)],
        };

        Assert.Equal(["Mother", "Family member"], AliasBook.For(particulars).FamilyAliases(particulars));
    }
}
