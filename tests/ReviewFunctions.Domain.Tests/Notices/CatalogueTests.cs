using System.Text;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Tests.Notices;

public sealed class CatalogueTests
{
    [Fact]
    public void Every_notice_any_procedure_sends_is_in_the_catalogue() =>
        Assert.Empty(NoticeCatalogue.Embedded.Missing(ProcedureCatalogue.Embedded));

    [Fact]
    public void Every_catalogue_entry_is_sent_by_some_procedure()
    {
        var sent = ProcedureCatalogue.Embedded.All.SelectMany(p => p.Steps).SelectMany(s => s.Notices).Select(n => n.Id).ToHashSet();
        Assert.All(NoticeCatalogue.Embedded.Entries, e => Assert.Contains(e.Id, sent));
    }

    [Fact]
    public void Notices_to_national_bodies_leave_the_partnership_and_so_are_anonymised()
    {
        var catalogue = NoticeCatalogue.Embedded;
        foreach (var id in new[] { "incident-notice", "decision-notice", "cqc-notice", "hmic-notice", "prisons-probation-notice", "report-copies", "final-report", "action-plan", "impact-report", "qa-submission" })
        {
            var entry = catalogue.Find(id)!;
            Assert.True(entry.LeavesPartnership, id);
            Assert.Equal(NoticeAudience.ExternalBody, entry.Audience);
        }
    }

    [Fact]
    public void A_kind_can_change_what_one_notice_id_means()
    {
        var cmr = NoticeCatalogue.Embedded.Get("decision-notice", "cmr");
        Assert.False(cmr.LeavesPartnership);
        Assert.Equal("decision-letter", cmr.Template);
        Assert.Equal("dhr-decision-notice", NoticeCatalogue.Embedded.Get("decision-notice", "dhr").Template);
    }

    [Fact]
    public void The_agency_request_quotes_the_reply_date_of_the_step_that_waits_for_the_reply()
    {
        var entry = NoticeCatalogue.Embedded.Find("agency-request-letter")!;
        Assert.Equal(["agency-confirmation"], entry.Dates["replyBy"]);
    }

    [Fact]
    public void A_template_with_an_unknown_field_is_refused()
    {
        var error = Assert.Throws<NoticeTemplateException>(() => TemplateParser.Parse("bad", "subject: Hello\n---\nDear {{chidName}},"));
        Assert.Contains("'{{chidName}}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_naming_a_missing_template_says_which_line()
    {
        var json = Encoding.UTF8.GetBytes("""
            {"notices": [
              {"id": "x", "title": "X", "audience": "agency",
               "template": "nowhere"}
            ]}
            """);
        var templates = NoticeCatalogue.Embedded.Templates.Keys.ToDictionary(k => k, _ => "subject: s\n---\nbody");
        var error = Assert.Throws<ProcedureLoadException>(() => NoticeCatalogue.Load(json, templates));
        Assert.Equal(3, error.Line);
        Assert.Contains("no template 'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_notice_cannot_be_marked_as_staying_inside()
    {
        var json = Encoding.UTF8.GetBytes("""{"notices": [{"id": "x", "title": "X", "audience": "external-body", "template": "decision-notice", "leavesPartnership": false}]}""");
        var templates = NoticeCatalogue.Embedded.Templates.Keys.ToDictionary(k => k, _ => "subject: s\n---\nbody");
        Assert.Throws<ProcedureLoadException>(() => NoticeCatalogue.Load(json, templates));
    }

    [Fact]
    public void An_optional_paragraph_drops_out_when_its_date_is_unknown_and_a_required_one_fails()
    {
        var template = TemplateParser.Parse("t", "subject: About {{reference}}\n---\nDear colleague,\n\n? Reply by {{replyBy}}.\n\n- one\n- {{stepsOpen}}");
        var values = new Dictionary<string, string?> { ["reference"] = "CR-1", ["stepsOpen"] = "a\nb" };

        var rendered = TemplateRenderer.Render(template, values);

        Assert.Equal("About CR-1", rendered.Subject);
        Assert.Equal("Dear colleague,\n\n- one\n- a\n- b\n", rendered.Text);
        Assert.Contains("<li>b</li>", rendered.Html, StringComparison.Ordinal);
        var error = Assert.Throws<NoticeRenderException>(() => TemplateRenderer.Render(template, new Dictionary<string, string?> { ["reference"] = "CR-1" }));
        Assert.Equal("stepsOpen", error.Field);
    }

    [Fact]
    public void Merged_values_are_escaped_in_HTML()
    {
        var template = TemplateParser.Parse("t", "subject: s\n---\n{{boardName}}");
        var rendered = TemplateRenderer.Render(template, new Dictionary<string, string?> { ["boardName"] = "<script>Tom & Jerry</script>" });
        Assert.Contains("&lt;script&gt;Tom &amp; Jerry&lt;/script&gt;", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_blocks_a_printed_copy_is_set_from_hold_the_same_words_as_the_text()
    {
        var template = TemplateParser.Parse("t", "subject: s\n---\n## About {{reference}}\n\nDear colleague,\n{{addresseeAddress}}\n\n? Reply by {{replyBy}}.\n\n- one\n- {{stepsOpen}}");
        var values = new Dictionary<string, string?> { ["reference"] = "CR-1", ["addresseeAddress"] = "1 High St\nTown", ["stepsOpen"] = "a\nb" };

        var rendered = TemplateRenderer.Render(template, values);

        Assert.Equal(
            [
                new RenderedBlock(BlockKind.Heading, ["About CR-1"]),
                new RenderedBlock(BlockKind.Paragraph, ["Dear colleague,", "1 High St", "Town"]),
                new RenderedBlock(BlockKind.List, ["one", "a", "b"]),
            ],
            rendered.Blocks,
            (x, y) => x.Kind == y.Kind && x.Lines.SequenceEqual(y.Lines));
        Assert.Equal(
            rendered.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimStart('-', ' ')),
            rendered.Blocks.SelectMany(b => b.Lines));
    }
}
