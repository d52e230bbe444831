using System.Text.Json.Nodes;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// The sample referral ref-a with mistakes made in it, as referrers make them: the reply names each part of the form
/// to put right and what to do, and repeats nothing the form says (a reply can be forwarded further than the
/// referral was), while the HTTP answer to whoever posted it still quotes what was typed.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class RejectionReplyTests(AzuriteFixture azurite)
{
    /// <summary>Everything personal that ref-a's typed form says, and the values the mistakes below put in.</summary>
    private static readonly string[] FormValues =
    [
        "Jayden", "Marsh", "Kerry", "Dean", "Fowler", "Leah", "Okafor", "Helen", "Crane", "Ellery",
        "14/06/2023", "14 June 2023", "02/11/2001", "2 November 2001", "19/08/1998", "19 August 1998", "30/01/2020", "30 January 2020",
        "05/02/2027", "5 February 2027", "12 Alder Row", "Alder", "WB4 2QT", "White British", "Family home", "01632 960123",
        "sam.okafor@", "helen.crane@", "non-accidental", "Ambulance", "Strategy discussion",
        "14/06/2029", "14 June 2029", "31/02/2023", "February 2023", "priya.raman at westbridge", "PERHAPS", "'f'", "31/13/2027", "Jaden Marshe",
        "02/11/2031", "2 November 2031", "Jayden Marsh injuries.pdf",
    ];

    private static readonly string RefABody = ((JsonObject)JsonNode.Parse(Samples.Bytes("ref-a.body.email.json"))!)["body"]!["content"]!.GetValue<string>();

    /// <summary>What the form says, and what the referrer wrote instead.</summary>
    private static readonly (string Name, string Written, string Instead)[] AllMistakes =
    [
        ("a date of birth after the e-mail arrived", "Date of birth: 14/06/2023", "Date of birth: 14/06/2029"),
        ("a date of birth that is not a real date", "Date of birth: 14/06/2023", "Date of birth: 31/02/2023"),
        ("an e-mail address that is not one", "Email: priya.raman@westbridge.example.gov.uk", "Email: priya.raman at westbridge"),
        ("neither yes nor no", "Subject to child protection plan: YES", "Subject to child protection plan: PERHAPS"),
        ("a circumstance that is not a to e", "Circumstances: b, e", "Circumstances: f"),
        ("a chronology date that is not a date", "- 05/02/2027 21:10: Ambulance", "- 31/13/2027 21:10: Ambulance"),
        ("the child named twice, differently", "Name of child: Jayden Marsh", "Name of child: Jayden Marsh\nName of child: Jaden Marshe"),
        ("a family date of birth in the future", "Kerry Marsh; Mother; 02/11/2001", "Kerry Marsh; Mother; 02/11/2031"),
        ("an incident before the child was born", "Date of critical incident: 05/02/2027", "Date of critical incident: 05/02/2019"),
    ];

    public static TheoryData<string> Mistakes() => [.. AllMistakes.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task The_reply_names_what_to_put_right_and_repeats_nothing_from_the_form(string mistake)
    {
        var (_, written, instead) = AllMistakes.Single(m => m.Name == mistake);
        Assert.Contains(written, RefABody, StringComparison.Ordinal);

        await AssertRepliedWithoutRepeatingAsync(RefABody.Replace(written, instead, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_form_with_every_mistake_at_once_is_answered_the_same_way()
    {
        var body = AllMistakes.DistinctBy(m => m.Written).Aggregate(RefABody, (text, m) => text.Replace(m.Written, m.Instead, StringComparison.Ordinal));

        var outcome = await AssertRepliedWithoutRepeatingAsync(body);

        Assert.True(outcome.Problems.Select(p => p.Field).Distinct().Count() >= 7, string.Join(", ", outcome.Problems.Select(p => p.Field)));
    }

    private async Task<IntakeOutcome> AssertRepliedWithoutRepeatingAsync(string body)
    {
        var intake = new IntakeHarness(azurite);

        var outcome = await intake.ReceiveAsync(Messages.Bytes(Messages.Json($"<{Guid.NewGuid():N}@westbridge.example.gov.uk>", body)));

        Assert.Equal(IntakeResult.Invalid, outcome.Result);
        var reply = Assert.Single(intake.Replies.Sent);
        AssertRepeatsNothing(reply.Subject + "\n" + reply.Body);
        Assert.All(outcome.Problems, p => Assert.Contains(ProblemAdvice.For(p.Field), reply.Body, StringComparison.Ordinal));
        return outcome;
    }

    [Fact]
    public async Task A_file_named_after_the_child_is_not_named_back()
    {
        var intake = new IntakeHarness(azurite);
        var pdf = Messages.File("Jayden Marsh injuries.pdf", "%PDF-1.7 not a form"u8.ToArray(), "application/pdf");

        var outcome = await intake.ReceiveAsync(Messages.Bytes(Messages.Json("<pdf@westbridge.example.gov.uk>", attachments: [pdf])));

        Assert.Contains("Jayden Marsh injuries.pdf", Assert.Single(outcome.Problems).Message, StringComparison.Ordinal);
        var reply = Assert.Single(intake.Replies.Sent);
        AssertRepeatsNothing(reply.Body);
        Assert.Contains("1. Attachment 1: we could not open it as the referral form.", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("child.dateOfBirth", "The child's date of birth: please give it once, as a real date")]
    [InlineData("family[2].name", "Row 3 of the family composition: please give the person's name")]
    [InlineData("agencies[0].stillInvolved", "Row 1 of the other agencies involved: please answer yes or no")]
    [InlineData("chronology[4].date", "Row 5 of the chronology: please give the date")]
    [InlineData("attachments[1]", "Attachment 2: we could not open it")]
    [InlineData("attachments[0].attachments[2]", "Attachment 3 of the e-mail you forwarded: we could not open it")]
    [InlineData("attachments[0].body", "Attachment 1: it holds active content")]
    [InlineData("referrer.email", "Your e-mail address: please give your work e-mail address")]
    [InlineData("circumstances", "The circumstances that triggered the referral: please tick at least one")]
    [InlineData("message", "The e-mail: we could not read a referral form from it.")]
    [InlineData("something.new", "Another part of the form: please check it")]
    public void Each_part_of_the_form_has_its_own_advice(string field, string advice) =>
        Assert.StartsWith(advice, ProblemAdvice.For(field), StringComparison.Ordinal);

    [Fact]
    public void Two_problems_in_one_field_are_one_line_of_the_reply()
    {
        var reply = IntakeReplyText.Rejection(null, [new IntakeProblem("child.incidentDate", "one"), new IntakeProblem("child.incidentDate", "two"), new IntakeProblem("child.name", "three")]);

        Assert.Contains("1. The date of the critical incident:", reply, StringComparison.Ordinal);
        Assert.Contains("2. The child's name:", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("3.", reply, StringComparison.Ordinal);
    }

    /// <summary>Only the greeting names anyone: the sender, by the name their own e-mail gives.</summary>
    private static void AssertRepeatsNothing(string reply)
    {
        var afterGreeting = reply[(reply.IndexOf("Dear Priya Raman,", StringComparison.Ordinal) + "Dear Priya Raman,".Length)..];
        Assert.All(FormValues, v => Assert.DoesNotContain(v, reply, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Priya", afterGreeting, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Raman", afterGreeting, StringComparison.OrdinalIgnoreCase);
    }
}
