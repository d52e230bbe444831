using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Domain.Tests.Notices;

public sealed class AnonymisationGateTests
{
    private static readonly SensitiveDetails RefA = SensitiveDetails.Of(SampleReferrals.RefA(), ["Margaret Hale", "Ian Porter"]);

    [Theory]
    [InlineData("The review concerns Jayden Marsh.")]
    [InlineData("We spoke to jayden's mother.")]
    [InlineData("Ms Marsh attended the meeting.")]
    [InlineData("K. Marsh and K Marsh are the same person.")]
    [InlineData("The MARSH family moved last year.")]
    [InlineData("Dean was at home.")]
    [InlineData("A letter went to Fowler's address.")]
    [InlineData("The health visitor, Sam Okafor, visited.")]
    [InlineData("Referred by priya.raman@westbridge.example.gov.uk.")]
    [InlineData("DS Crane took the call.")]
    [InlineData("the police officer (helen) called")]
    public void A_name_in_any_common_form_is_found(string text) =>
        Assert.Equal([LeakKind.Name], AnonymisationGate.Check(RefA, text));

    [Theory]
    [InlineData("Born 14/06/2023.")]
    [InlineData("Born 14/6/2023.")]
    [InlineData("Born 14-06-23.")]
    [InlineData("Born 14.06.2023.")]
    [InlineData("Born 2023-06-14.")]
    [InlineData("Born on the 14th of June 2023.")]
    [InlineData("Born Wednesday 14 June 2023.")]
    [InlineData("Born 14 Jun 2023.")]
    [InlineData("Born June 14, 2023.")]
    [InlineData("Born 06/14/2023 (US style).")]
    [InlineData("Mother born 2 November 2001.")]
    public void A_date_of_birth_in_any_written_form_is_found(string text) =>
        Assert.Equal([LeakKind.DateOfBirth], AnonymisationGate.Check(RefA, text));

    [Theory]
    [InlineData("Lives at 12 Alder Row.")]
    [InlineData("Postcode WB4 2QT.")]
    [InlineData("Postcode wb42qt.")]
    [InlineData("The house on Alder Row.")]
    [InlineData("12, Alder Row")]
    public void An_address_by_its_street_or_postcode_is_found(string text) =>
        Assert.Equal([LeakKind.Address], AnonymisationGate.Check(RefA, text));

    [Theory]
    [InlineData("Incident on 5 February 2027, referral received Monday 8 February 2027.")]
    [InlineData("The child lived in Westbridge, WB4 area.")]
    [InlineData("Signed by Margaret Hale, Chair, and the panel chair Ian Porter.")]
    [InlineData("Jay and the family went to Crane Street.")]
    public void Allowed_facts_and_officers_pass(string text) =>
        Assert.Empty(AnonymisationGate.Check(RefA, text));

    [Fact]
    public void HTML_is_read_as_a_person_sees_it()
    {
        Assert.Equal([LeakKind.Name], AnonymisationGate.Check(RefA, "<p>Child: J<b></b>ayden? no: <span>K&#101;rry</span></p>"));
    }

    [Fact]
    public void The_leak_report_names_the_kind_never_the_detail()
    {
        var kinds = AnonymisationGate.Check(RefA, "Kerry Marsh, born 2 November 2001, of 12 Alder Row");
        var reason = AnonymisationGate.Describe(kinds);

        Assert.Equal([LeakKind.Name, LeakKind.DateOfBirth, LeakKind.Address], kinds.Order());
        Assert.Contains("a name, a date of birth and an address", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerry", reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Alder", reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2001", reason, StringComparison.Ordinal);
    }

    /// <summary>Surnames that are ordinary words must not stop ordinary letters.</summary>
    public sealed class OrdinaryWordSurnames
    {
        private static readonly SensitiveDetails BrownAndMay = SensitiveDetails.Of(
            SampleReferrals.RefA() with
            {
                Child = new ChildDetails("Grace Brown", null, null),
                Family = [new FamilyMember("Will May", "Father", null, null), new FamilyMember("Rose Brown", "Mother", null, null)],
                Practitioners = [],
                Referrer = new Referrer("Mark Hill", "Westbridge Police", "m.hill@police.example.uk"),
            },
            []);

        [Theory]
        [InlineData("May we ask you to reply by Friday?")]
        [InlineData("The panel may meet in May 2027; we will write on 3 May.")]
        [InlineData("We will reply in May.")]
        [InlineData("The records were kept in a brown envelope.")]
        [InlineData("We hope you will bring someone. By the grace of good planning, we will mark the date on the hill path.")]
        [InlineData("Rose bushes line the path. Will you attend?")]
        [InlineData("Brown envelopes were used.")]
        public void Everyday_uses_pass(string text) => Assert.Empty(AnonymisationGate.Check(BrownAndMay, text));

        [Theory]
        [InlineData("We met Mr May yesterday.")]
        [InlineData("We met W. May yesterday.")]
        [InlineData("We met Will May yesterday.")]
        [InlineData("We met will may yesterday.")]
        [InlineData("The Brown family moved.")]
        [InlineData("We visited Brown's flat.")]
        [InlineData("We spoke to Grace about school.")]
        [InlineData("Mrs Brown attended.")]
        public void Name_like_uses_are_found(string text) => Assert.Equal([LeakKind.Name], AnonymisationGate.Check(BrownAndMay, text));
    }
}
