using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>The shared samples: each read from the Word form and from the typed body gives the same, complete referral.</summary>
public sealed class SampleReferralTests
{
    private static readonly IntakeLimits Limits = new();

    [Theory]
    [InlineData("ref-a.email.json", ReferralSource.WordAttachment)]
    [InlineData("ref-a.body.email.json", ReferralSource.EmailBody)]
    public void Ref_a_is_read_in_full_from_the_word_form_and_from_the_body(string file, ReferralSource source)
    {
        var message = Samples.Message(file);

        var reading = ReferralReader.Read(message, new DateOnly(2027, 2, 8), Limits);

        Assert.Empty(reading.Problems);
        Assert.Equal(source, reading.Source);
        var r = reading.Referral!;
        Assert.Equal(new Referrer("Priya Raman", "Westbridge Children's Services", "priya.raman@westbridge.example.gov.uk", "01632 960123", "Tom Ellery"), r.Referrer);
        Assert.Equal(
            new ReferredChild("Jayden Marsh", new DateOnly(2023, 6, 14), null, new DateOnly(2027, 2, 5), "12 Alder Row, Westbridge WB4 2QT", "White British", true, "Family home", "Mother"),
            r.Child);
        Assert.Equal(
            [
                new FamilyMember("Kerry Marsh", "Mother", new DateOnly(2001, 11, 2)),
                new FamilyMember("Dean Fowler", "Mother's partner", new DateOnly(1998, 8, 19)),
                new FamilyMember("Leah Marsh", "Sibling", new DateOnly(2020, 1, 30)),
            ],
            r.Family);
        Assert.Equal(
            [
                new InvolvedAgency("Sam Okafor", "Westbridge Primary Care Trust (Health Visiting)", "sam.okafor@westbridge-health.example.nhs.uk", true),
                new InvolvedAgency("DS Helen Crane", "Westbridge Police", "helen.crane@police.example.uk", true),
            ],
            r.Agencies);
        Assert.Equal(["b", "e"], r.Circumstances);
        Assert.Equal("Admitted to hospital with injuries consistent with non-accidental harm while subject to a child protection plan.", r.CircumstancesDescription);
        Assert.Equal(
            [
                new ChronologyEntry(new DateOnly(2027, 2, 5), new TimeOnly(21, 10), "Ambulance called to the family home"),
                new ChronologyEntry(new DateOnly(2027, 2, 6), null, "Strategy discussion held"),
            ],
            r.Chronology);
        Assert.Equal(new DateOnly(2027, 2, 8), r.ReferralDate);
    }

    [Theory]
    [InlineData("ref-b.email.json", ReferralSource.WordAttachment)]
    [InlineData("ref-b.body.email.json", ReferralSource.EmailBody)]
    public void Ref_b_a_death_with_no_plan_is_read_in_full(string file, ReferralSource source)
    {
        var reading = ReferralReader.Read(Samples.Message(file), new DateOnly(2027, 6, 30), Limits);

        Assert.Empty(reading.Problems);
        Assert.Equal(source, reading.Source);
        var r = reading.Referral!;
        Assert.Equal(new Referrer("Martin Oyelaran", "Eastmoor NHS Foundation Trust", "m.oyelaran@eastmoor.example.nhs.uk", "01632 960456", "Claire Dunmore"), r.Referrer);
        Assert.Equal(
            new ReferredChild("Amira Haddad", new DateOnly(2011, 3, 3), new DateOnly(2027, 6, 27), new DateOnly(2027, 6, 27), "Flat 4, 9 Canal Street, Eastmoor EM1 7JD", "Arab", false, "Supported accommodation", "Aunt"),
            r.Child);
        Assert.Equal([new FamilyMember("Nadia Haddad", "Aunt", new DateOnly(1985, 9, 21)), new FamilyMember("Omar Haddad", "Father", new DateOnly(1979, 1, 11))], r.Family);
        Assert.Equal([new InvolvedAgency("Ruth Penhaligon", "Eastmoor Secondary School", "r.penhaligon@eastmoor-sec.example.sch.uk", false)], r.Agencies);
        Assert.Equal(["a"], r.Circumstances);
        Assert.Equal([new ChronologyEntry(new DateOnly(2027, 6, 27), null, "Found unresponsive")], r.Chronology);
        Assert.Equal(new DateOnly(2027, 6, 30), r.ReferralDate);
    }

    [Theory]
    [InlineData("ref-a")]
    [InlineData("ref-b")]
    public void The_docx_on_its_own_reads_the_same_as_the_docx_attached(string name)
    {
        var received = name == "ref-a" ? new DateOnly(2027, 2, 8) : new DateOnly(2027, 6, 30);

        var alone = ReferralReader.ReadWordForm(Samples.Docx(name), name + ".docx", received);
        var attached = ReferralReader.Read(Samples.Message(name + ".email.json"), received, Limits);

        Assert.Empty(alone.Problems);
        Assert.Equal(Json(attached.Referral!), Json(alone.Referral!));
    }

    [Fact]
    public void The_body_and_the_word_form_of_a_sample_agree_field_for_field()
    {
        var word = ReferralReader.Read(Samples.Message("ref-a.email.json"), new DateOnly(2027, 2, 8), Limits).Referral!;
        var body = ReferralReader.Read(Samples.Message("ref-a.body.email.json"), new DateOnly(2027, 2, 8), Limits).Referral!;

        Assert.Equal(Json(word with { SignedBy = null }), Json(body with { SignedBy = null }));
        Assert.Equal("Priya Raman", word.SignedBy);
    }

    private static string Json(Referral referral) => ReferralJson.Serialize(referral);
}
