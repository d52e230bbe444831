using System.Text;
using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Tests.Notices;

/// <summary>
/// Every recipient outside the Board's partnership domains gets the anonymised letter, and the gate reads it, whether
/// the address came from the directory, the referral form or a member added by hand; those inside get it in full.
/// </summary>
public sealed class PartnershipRecipientsTests
{
    private static readonly DateTimeOffset Received = UkTime.At(new DateOnly(2027, 2, 8), new TimeOnly(10, 42));
    private static readonly DateTimeOffset Decided = UkTime.At(new DateOnly(2027, 3, 1), new TimeOnly(11, 0));
    private static readonly ReviewEngine Engine = new(ProcedureCatalogue.Embedded, UkCalendar.Default);

    private const string BoardJson = """
        {
          "board": {"name": "Westbridge Safeguarding Children Partnership", "email": "case-reviews@westbridge-scp.example", "chairName": "Margaret Hale", "administratorEmail": "reviews-admin@westbridge-scp.example"},
          "roles": {"business-manager": "business-manager@westbridge-scp.example", "panel-chair": "panel-chair@westbridge-scp.example"},
          "agencies": [
            {"name": "Westbridge Children's Services", "email": "safeguarding@westbridge-council.example", "director": "director@westbridge-council.example"},
            {"name": "Westbridge Police", "email": "safeguarding@westbridge-police.example", "director": "director@westbridge-police.example"},
            {"name": "Westbridge Primary Care Trust (Health Visiting)", "email": "safeguarding@westbridge-health.example", "director": "director@westbridge-health.example"}
          ],
          "partnershipDomains": ["westbridge-scp.example", "westbridge-council.example", "westbridge-police.example", "westbridge-health.example"]
        }
        """;

    private static readonly string[] ChildDetails = ["Jayden", "Marsh", "14 June 2023", "Alder Row", "WB4 2QT"];

    private static NoticeSettings Board(string json = BoardJson) => NoticeSettingsReader.Read("board.json", Encoding.UTF8.GetBytes(json));

    /// <summary>ref-a decided on: the referrer and the agencies are sent the decision letter.</summary>
    private static (ReviewState State, SendNotice Letter) Decision()
    {
        var (state, _) = Engine.Start(new ReferralReceived(Received, "CR-2027-0001", "scr", Nation.England, new DateOnly(2027, 2, 5), null, SampleReferrals.RefAAgencies, "intake"));
        state = Engine.Apply(state!, new DecisionRecorded(Decided, DecisionOutcome.Review, "scr", "The criteria are met.", "chair@westbridge-scp.example")).State;
        var next = Engine.Decide(state, Decided);
        state = next.Events.Aggregate(state, Engine.Evolve);
        return (state, next.Commands.OfType<SendNotice>().Single(c => c.Notice == "decision-letter"));
    }

    private static ReviewParticulars RefAReferredBy(string email) =>
        SampleReferrals.RefA() with { Referrer = SampleReferrals.RefA().Referrer with { Email = email } };

    private static ComposedNotice Compose(SendNotice command, ReviewState state, ReviewParticulars particulars, NoticeSettings? settings = null, NoticeCatalogue? catalogue = null) =>
        new NoticeComposer(Engine, catalogue ?? NoticeCatalogue.Embedded, settings ?? Board()).Compose(command, state, particulars, Decided);

    private static NoticeMessage To(ComposedNotice notice, string address) =>
        Assert.Single(notice.Messages, m => m.To.Any(r => r.Email == address));

    private static string Words(NoticeMessage message) =>
        string.Join('\n', new[] { message.Body.Subject, message.Body.Text, message.Body.Html }.Concat(message.Attachments.Select(a => a.Content.Text + a.Content.Html)));

    private static void AssertAnonymised(NoticeMessage message)
    {
        Assert.True(message.Anonymised);
        Assert.Contains("Child A", message.Body.Text, StringComparison.Ordinal);
        Assert.All(ChildDetails, d => Assert.DoesNotContain(d, Words(message), StringComparison.OrdinalIgnoreCase));
    }

    private static void AssertInFull(NoticeMessage message)
    {
        Assert.False(message.Anonymised);
        Assert.Contains("Jayden Marsh", message.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_referral_form_address_outside_the_partnership_gets_the_anonymised_letter()
    {
        var (state, letter) = Decision();

        var notice = Compose(letter, state, RefAReferredBy("priya.raman@westbridge.example.gov.uk"));

        Assert.False(notice.Blocked);
        AssertAnonymised(To(notice, "priya.raman@westbridge.example.gov.uk"));
    }

    [Fact]
    public void A_referral_form_address_inside_the_partnership_gets_the_full_letter()
    {
        var (state, letter) = Decision();

        var notice = Compose(letter, state, RefAReferredBy("priya.raman@westbridge-council.example"));

        AssertInFull(To(notice, "priya.raman@westbridge-council.example"));
    }

    [Theory]
    [InlineData("Priya Raman <priya.raman@westbridge-council.example>")]
    [InlineData("priya.raman@westbridge-council.example.")]
    [InlineData("priya.raman@evil-westbridge-council.example")]
    [InlineData("priya.raman@westbridge-council.example.evil.example")]
    [InlineData("not an address")]
    public void A_malformed_or_look_alike_address_is_treated_as_outside(string email)
    {
        var (state, letter) = Decision();

        var notice = Compose(letter, state, RefAReferredBy(email));

        AssertAnonymised(To(notice, email));
    }

    [Fact]
    public void Recipients_inside_and_outside_get_their_own_message_and_the_full_letter_goes_to_nobody_outside()
    {
        var (state, letter) = Decision();
        var settings = Board();

        // Children's Services from the directory; the police and health visiting at the contacts the form gives.
        var notice = Compose(letter, state, RefAReferredBy("priya.raman@westbridge.example.gov.uk"), settings);

        var main = Assert.Single(notice.Messages, m => m.Group == "main");
        var outside = Assert.Single(notice.Messages, m => m.Group == "outside");
        Assert.Equal(["safeguarding@westbridge-council.example"], main.To.Select(r => r.Email));
        AssertInFull(main);
        Assert.Equal(
            ["helen.crane@police.example.uk", "priya.raman@westbridge.example.gov.uk", "sam.okafor@westbridge-health.example.nhs.uk"],
            outside.To.Select(r => r.Email).Order(StringComparer.Ordinal));
        AssertAnonymised(outside);
        Assert.All(notice.Messages.Where(m => !m.Anonymised).SelectMany(m => m.To), r => Assert.True(settings.Partnership.Includes(r.Email), r.Email));
    }

    [Fact]
    public void When_everyone_is_outside_the_one_anonymised_letter_is_the_main_one()
    {
        var (state, letter) = Decision();
        var noDomains = BoardJson.Replace("\"partnershipDomains\": [\"westbridge-scp.example\", \"westbridge-council.example\", \"westbridge-police.example\", \"westbridge-health.example\"]", "\"partnershipDomains\": []", StringComparison.Ordinal);

        var notice = Compose(letter, state, SampleReferrals.RefA(), Board(noDomains));

        AssertAnonymised(Assert.Single(notice.Messages));
        Assert.Equal("main", notice.Messages[0].Group);
    }

    [Fact]
    public void The_gate_stops_a_notice_that_still_names_the_child_to_any_recipient_outside()
    {
        var leaky = NoticeCatalogue.Embedded.WithTemplates(new Dictionary<string, string>
        {
            ["decision-letter"] = "subject: Decision on {{reference}}\n---\nDear colleague,\n\nThe chair decided {{decisionOutcome}} about Kerry's son, {{childName}}.",
        });
        var (state, letter) = Decision();

        var outside = Compose(letter, state, RefAReferredBy("priya.raman@westbridge.example.gov.uk"), catalogue: leaky);
        var allInside = Compose(
            letter,
            state,
            RefAReferredBy("priya.raman@westbridge-council.example") with { Agencies = [] },
            catalogue: leaky);

        Assert.True(outside.Blocked);
        Assert.Contains(LeakKind.Name, outside.Leaks);
        Assert.False(allInside.Blocked);
    }

    [Fact]
    public void A_member_added_by_hand_outside_the_partnership_gets_the_anonymised_letter()
    {
        var (state, _) = Decision();
        state = Engine.Apply(state, new MemberAdded(Decided, "author@westbridge-health.example", "imr-author", "business-manager@westbridge-scp.example")).State;
        state = Engine.Apply(state, new MemberAdded(Decided, "reviewer@independent-reviews.example", "lead-reviewer", "business-manager@westbridge-scp.example")).State;
        var briefing = new SendNotice(state.Reference, "briefing-invitation", "imr-briefing", 1, ["imr-authors", "lead-reviewer"]);

        var notice = Compose(briefing, state, SampleReferrals.RefA());

        Assert.False(notice.Blocked);
        AssertInFull(To(notice, "author@westbridge-health.example"));
        AssertAnonymised(To(notice, "reviewer@independent-reviews.example"));
    }

    [Fact]
    public void A_practitioner_reached_through_an_address_outside_gets_an_anonymised_letter_that_does_not_name_them()
    {
        var (state, _) = Decision();
        var staff = new SendNotice(state.Reference, "staff-letter", "staff-informed", 1, ["practitioners"]);

        var notice = Compose(staff, state, SampleReferrals.RefA());

        Assert.False(notice.Blocked);
        var healthVisitor = To(notice, "sam.okafor@westbridge-health.example.nhs.uk");
        AssertAnonymised(healthVisitor);
        Assert.DoesNotContain("Okafor", Words(healthVisitor), StringComparison.Ordinal);
        Assert.Contains("colleagues at Westbridge Primary Care Trust (Health Visiting) who worked with the family", healthVisitor.Body.Text, StringComparison.Ordinal);
        var socialWorker = To(notice, "safeguarding@westbridge-council.example");
        AssertInFull(socialWorker);
        Assert.Contains("Dear Tom Ellery", socialWorker.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Family_letters_cannot_go_to_a_deliverer_outside_the_partnership()
    {
        var (state, _) = Decision();
        var family = new SendNotice(state.Reference, "family-letter", "family-informed", 1, ["family"]);
        var outsideChair = Engine.Apply(state, new MemberAdded(Decided, "chair@independent-reviews.example", "panel-chair", "business-manager@westbridge-scp.example")).State;

        Assert.False(Compose(family, state, SampleReferrals.RefA()).Blocked);
        var stopped = Compose(family, outsideChair, SampleReferrals.RefA());

        Assert.True(stopped.Blocked);
        Assert.Contains(LeakKind.Name, stopped.Leaks);
    }

    [Fact]
    public void A_national_body_is_outside_even_at_an_address_in_a_partnership_domain()
    {
        var (state, _) = Decision();
        var settings = Board(BoardJson.Replace("\"roles\":", "\"directory\": {\"ofsted\": {\"email\": \"ofsted-liaison@westbridge-scp.example\"}},\n  \"roles\":", StringComparison.Ordinal));
        var resolver = new RecipientResolver(ProcedureCatalogue.Embedded, settings);

        var ofsted = Assert.Single(resolver.Resolve(["ofsted"], state, SampleReferrals.RefA(), "business-manager", new DateOnly(2027, 3, 1)).Direct);

        Assert.True(ofsted.OutsidePartnership);
    }

    [Fact]
    public void Board_mailboxes_are_judged_by_their_domain_too()
    {
        var (state, _) = Decision();
        var resolver = new RecipientResolver(ProcedureCatalogue.Embedded, Board(BoardJson.Replace("panel-chair@westbridge-scp.example", "panel-chair@independent-reviews.example", StringComparison.Ordinal)));

        Assert.False(Assert.Single(resolver.RoleHolders("business-manager", state)).OutsidePartnership);
        Assert.True(Assert.Single(resolver.RoleHolders("panel-chair", state)).OutsidePartnership);
    }
}
