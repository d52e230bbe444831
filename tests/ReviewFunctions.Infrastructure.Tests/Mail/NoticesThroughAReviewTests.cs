using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Infrastructure.Tests.Mail.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail;

/// <summary>
/// Every notice of an English SCR (the ref-a referral, Westbridge) and a Welsh extended child practice review (ref-b,
/// Eastmoor) in a whole simulated review: sent to the right people, at the instant its step opened, stored as evidence,
/// and, for bodies outside the partnership, without a family name, date of birth or address.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class NoticesThroughAReviewTests(AzuriteFixture azurite)
{
    private const string Cs = "safeguarding@westbridge-cs.example.gov.uk";
    private const string Pct = "sam.okafor@westbridge-health.example.nhs.uk";
    private const string Police = "helen.crane@police.example.uk";
    private const string Ofsted = "scr.sin@ofsted.cjsm.net";
    private const string Dfe = "Mailbox.CPOD@education.gov.uk";
    private const string Panel = "Mailbox.SCRPANEL@education.gov.uk";
    private const string WelshGovernment = "safeguarding-reviews@gov.example.wales";
    private const string NhsTrust = "safeguarding@eastmoor.example.nhs.uk";
    private const string School = "r.penhaligon@eastmoor-sec.example.sch.uk";

    private static readonly Dictionary<(string Kind, string Notice), string[]> Expected = new()
    {
        [("scr", "agency-request-letter")] = [Cs, Pct, Police, "dcs@westbridge-cs.example.gov.uk"],
        [("scr", "incident-notice")] = [Ofsted, Dfe],
        [("scr", "panel-meeting")] = ["scr-panel@westbridge-scp.example.gov.uk", "subgroup@westbridge-scp.example.gov.uk"],
        [("scr", "decision-letter")] = ["priya.raman@westbridge.example.gov.uk", Cs, Pct, Police],
        [("scr", "decision-notice")] = [Ofsted, Dfe, Panel],
        [("scr", "cqc-notice")] = ["cqc-notices@cqc.example.org.uk", "commissioning@icb.example.nhs.uk"],
        [("scr", "hmic-notice")] = ["notices@hmicfrs.example.gov.uk"],
        [("scr", "prisons-probation-notice")] = ["notices@hmiprisons.example.gov.uk", "notices@hmiprobation.example.gov.uk"],
        [("scr", "reviewer-names")] = [Panel],
        [("scr", "progress-update")] = ["chair@westbridge-scp.example.gov.uk"],
        [("cpr-extended", "progress-update")] = ["chair@eastmoor-rsb.example.gov.wales"],
        [("scr", "imr-commission-letter")] = [Cs, Pct, Police, "dcs@westbridge-cs.example.gov.uk"],
        [("scr", "family-letter")] = ["panel.chair@independent.example.org.uk"],
        [("scr", "staff-letter")] = [Pct, Police, Cs],
        [("scr", "briefing-invitation")] = ["imr.author@police.example.uk", "author@independent.example.org.uk"],
        [("scr", "interview-notice")] = [Pct, Police, Cs],
        [("scr", "imr-pack")] = ["scr-panel@westbridge-scp.example.gov.uk", "panel.chair@independent.example.org.uk", "author@independent.example.org.uk"],
        [("scr", "final-draft")] = ["imr.author@police.example.uk"],
        [("scr", "family-feedback")] = ["panel.chair@independent.example.org.uk"],
        [("scr", "practitioner-debrief-invitation")] = [Pct, Police, Cs],
        [("scr", "report-copies")] = [Panel, Dfe, Ofsted],
        [("scr", "publication-details")] = [Panel, Dfe, Ofsted],
        [("cpr-extended", "decision-letter")] = ["m.oyelaran@eastmoor.example.nhs.uk", NhsTrust, School],
        [("cpr-extended", "family-invitation")] = ["reviewer@independent.example.wales"],
        [("cpr-extended", "learning-event-invitation")] = [School, NhsTrust],
        [("cpr-extended", "final-report")] = [WelshGovernment],
        [("cpr-extended", "action-plan")] = [WelshGovernment],
        [("cpr-extended", "impact-report")] = [WelshGovernment],
    };

    public static TheoryData<string, string> Notices()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, notice) in Expected.Keys)
        {
            data.Add(kind, notice);
        }

        return data;
    }

    [Fact]
    public void The_cases_cover_every_notice_of_both_procedures()
    {
        foreach (var kind in new[] { "scr", "cpr-extended" })
        {
            var notices = ProcedureCatalogue.Embedded.Get(kind).Steps.SelectMany(s => s.Notices).Select(n => n.Id).Distinct();
            Assert.All(notices, n => Assert.True(Expected.ContainsKey((kind, n)), $"{kind}: no test for {n}"));
        }
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task Each_notice_reaches_the_right_people(string kind, string notice)
    {
        var run = await SimulationResult.OfAsync(kind, azurite);

        var to = run.MessagesOf(notice).SelectMany(m => m.To).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(Expected[(kind, notice)].ToHashSet(StringComparer.OrdinalIgnoreCase), to);
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task Each_notice_goes_the_moment_its_step_opens_and_before_it_is_due(string kind, string notice)
    {
        var run = await SimulationResult.OfAsync(kind, azurite);

        var sent = run.Sent.Where(s => s.Notice == notice).ToList();

        Assert.NotEmpty(sent);
        Assert.All(sent, s =>
        {
            if (ProcedureCatalogue.Embedded.Get(kind).Step(s.Step).Repeat is null)
            {
                Assert.Equal(s.OpenedAt, s.SentAt);
            }
            else
            {
                Assert.Equal(s.Due.Day, UkTime.ToUkDate(s.SentAt));
            }

            Assert.True(s.SentAt < s.Due.Deadline, $"{notice} sent {s.SentAt:O}, due {s.Due.Deadline:O}");
        });
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task Each_notice_is_kept_as_evidence_with_its_message_id(string kind, string notice)
    {
        var run = await SimulationResult.OfAsync(kind, azurite);

        foreach (var sent in run.Sent.Where(s => s.Notice == notice))
        {
            var letters = run.Letters.Where(l => l.Metadata["notice"] == notice && l.Metadata["occurrence"] == sent.Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(letters);
            Assert.All(letters, l =>
            {
                Assert.Equal(sent.Step, l.Metadata["step"]);
                Assert.Contains(l.Metadata["messageid"], sent.MessageId!.Split(','));
            });

            // Each letter is kept twice, as HTML and as a printable PDF, and the two say the same words.
            var html = letters.Where(l => l.ContentType == "text/html; charset=utf-8").OrderBy(l => l.Path.Name, StringComparer.Ordinal).ToList();
            var pdfs = letters.Where(l => l.ContentType == "application/pdf").OrderBy(l => l.Path.Name, StringComparer.Ordinal).ToList();
            Assert.Equal(letters.Count, html.Count + pdfs.Count);
            Assert.Equal(html.Select(l => Path.ChangeExtension(l.Path.Name, null)), pdfs.Select(l => Path.ChangeExtension(l.Path.Name, null)));
            foreach (var (page, pdf) in html.Zip(pdfs))
            {
                Assert.Equal(PrintedWords.OfHtml(page.Content.ToArray()), PrintedWords.OfPdf(await Poppler.TextAsync(pdf.Content.ToArray())));
            }
        }
    }

    [Theory]
    [InlineData("scr")]
    [InlineData("cpr-extended")]
    public async Task Nothing_that_leaves_the_partnership_names_the_family_or_where_they_live(string kind)
    {
        var run = await SimulationResult.OfAsync(kind, azurite);
        var secrets = kind == "scr" ? SampleReferrals.RefASecrets : SampleReferrals.RefBSecrets;
        var external = run.Messages.Where(m => m.Categories.Contains("external-body")).ToList();

        Assert.NotEmpty(external);
        Assert.All(external, m =>
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, m.Subject + m.Text + m.Html, StringComparison.OrdinalIgnoreCase);
            }

            Assert.All(m.Attachments, a => Assert.DoesNotContain(secrets, s => System.Text.Encoding.UTF8.GetString(a.Content).Contains(s, StringComparison.OrdinalIgnoreCase)));
        });

        var printed = run.Letters.Where(l => l.Metadata["anonymised"] == "true" && l.ContentType == "application/pdf").ToList();
        Assert.NotEmpty(printed);
        foreach (var pdf in printed)
        {
            var text = await Poppler.TextAsync(pdf.Content.ToArray());
            Assert.DoesNotContain(secrets, s => text.Contains(s, StringComparison.OrdinalIgnoreCase));
        }
        Assert.All(external.Where(m => m.CustomArgs["notice"] != "qa-submission"), m => Assert.Contains(AliasBook.ChildAlias, m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_get_at_least_two_weeks_notice_of_their_interviews()
    {
        var run = await SimulationResult.OfAsync("scr", azurite);
        var sent = Assert.Single(run.Sent, s => s.Notice == "interview-notice");
        var interviews = run.State.Done["staff-interviews"];

        Assert.True(interviews.At - sent.SentAt >= TimeSpan.FromDays(14), $"{sent.SentAt:O} → {interviews.At:O}");
        Assert.All(run.MessagesOf("interview-notice"), m => Assert.Contains("at least two weeks' notice", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_reaches_the_National_Panel_at_least_a_week_before_publication()
    {
        var run = await SimulationResult.OfAsync("scr", azurite);
        var sent = Assert.Single(run.Sent, s => s.Notice == "report-copies");

        Assert.True(run.State.Publication!.At - sent.SentAt >= TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task The_agency_request_asks_for_a_reply_by_the_day_the_confirmation_step_is_due()
    {
        var run = await SimulationResult.OfAsync("scr", azurite);
        var letter = run.MessagesOf("agency-request-letter").First();

        // Received Monday 8 February; the request is due the next working day and the replies 3 working days after it.
        Assert.Contains("Please reply by Thursday 11 February 2027", letter.Text, StringComparison.Ordinal);
        Assert.Contains("Jayden Marsh", letter.Text, StringComparison.Ordinal);
        Assert.Contains("Date: Monday 8 February 2027", letter.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_family_letter_is_addressed_to_an_adult_and_goes_with_the_leaflet()
    {
        var run = await SimulationResult.OfAsync("scr", azurite);
        var message = Assert.Single(run.MessagesOf("family-letter"));

        Assert.Equal(["family-letter-1.html", "family-letter-2.html", "family-leaflet.html"], message.Attachments.Select(a => a.Filename));
        var first = System.Text.Encoding.UTF8.GetString(message.Attachments[0].Content);
        Assert.Contains("Dear Kerry Marsh,", first, StringComparison.Ordinal);
        Assert.Contains("what has happened to Jayden", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Leah", message.Text + string.Concat(message.Attachments.Select(a => System.Text.Encoding.UTF8.GetString(a.Content))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_monthly_update_goes_every_month_until_the_review_is_complete()
    {
        var run = await SimulationResult.OfAsync("scr", azurite);
        var updates = run.Sent.Where(s => s.Notice == "progress-update").ToList();

        // Decided Monday 8 March 2027, so the first month to start a week after it is April; complete by Wednesday
        // 8 September. A report on the first working day of each month: Thursday 1 April, Tuesday 4 May (3 May is a
        // bank holiday), Tuesday 1 June, Thursday 1 July, Monday 2 August, Wednesday 1 September, each at 09:00.
        Assert.Equal(6, updates.Count);
        Assert.Equal(Enumerable.Range(1, 6), updates.Select(u => u.Occurrence));
        Assert.Equal(
            [new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 4), new DateOnly(2027, 6, 1), new DateOnly(2027, 7, 1), new DateOnly(2027, 8, 2), new DateOnly(2027, 9, 1)],
            updates.Select(u => UkTime.ToUkDate(u.SentAt)));
        Assert.Contains("monthly progress report 2", run.MessagesOf("progress-update").ElementAt(1).Text, StringComparison.Ordinal);
    }
}
