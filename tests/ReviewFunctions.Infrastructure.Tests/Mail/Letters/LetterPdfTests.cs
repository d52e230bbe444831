using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Infrastructure.Mail.Letters;
using ReviewFunctions.Infrastructure.Tests.Mail.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Letters;

/// <summary>Every PDF here is read back by poppler (pdftotext, pdfinfo, pdffonts), the way a reader's viewer would.</summary>
public sealed partial class LetterPdfTests
{
    private const double PageWidth = 595.28;
    private const double RightMargin = 64;

    private static readonly DateTimeOffset Sent = new(2027, 7, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";

    [Fact]
    public async Task A_family_letter_prints_every_word_of_the_letter_in_order_with_welsh_names_as_written()
    {
        var letter = FamilyLetter("Gwenllïan ap Rhŷs", "Siôn");

        var text = await Poppler.TextAsync(LetterPdf.Render(letter, Sent));

        Assert.Equal(Words(letter.Text), PrintedWords.OfPdf(text));
        Assert.Contains("Dear Gwenllïan ap Rhŷs,", text, StringComparison.Ordinal);
        Assert.Contains("A review about Siôn", await Poppler.InfoAsync(LetterPdf.Render(letter, Sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_print_with_bullets_and_headings_in_bold()
    {
        var letter = Render("subject: Terms\n---\n## What the review will look at\n\n- the months before the incident\n- how agencies shared information");
        var pdf = LetterPdf.Render(letter, Sent);

        var text = await Poppler.TextAsync(pdf);

        Assert.Contains("• the months before the incident", text, StringComparison.Ordinal);
        Assert.Contains("• how agencies shared information", text, StringComparison.Ordinal);
        // PDFsharp names a bold face as Word does: the family, then ",Bold".
        Assert.Matches(@"\+DejaVu Sans,Bold\s", await Poppler.FontsAsync(pdf));
    }

    [Fact]
    public async Task A_long_letter_runs_onto_numbered_pages_and_loses_nothing()
    {
        var paragraphs = Enumerable.Range(1, 90).Select(i => $"Paragraph {i} says what agency {i} knew, when it knew it, and whom it told about it at the time.");
        var letter = Render("subject: Chronology\n---\n" + string.Join("\n\n", paragraphs));
        var pdf = LetterPdf.Render(letter, Sent);

        var pages = int.Parse(PagesLine().Match(await Poppler.InfoAsync(pdf)).Groups[1].Value, CultureInfo.InvariantCulture);
        var text = await Poppler.TextAsync(pdf);

        Assert.InRange(pages, 3, 10);
        Assert.Contains($"Page 1 of {pages}", text, StringComparison.Ordinal);
        Assert.Contains($"Page {pages} of {pages}", text, StringComparison.Ordinal);
        Assert.Equal(Words(letter.Text), PrintedWords.OfPdf(text));
    }

    [Fact]
    public async Task A_heading_is_never_the_last_line_of_a_page()
    {
        var landings = new HashSet<int>();
        for (var before = 20; before <= 34; before++)
        {
            var paragraphs = string.Join("\n\n", Enumerable.Range(1, before).Select(i => $"Line {i} of the chronology."));
            var pdf = LetterPdf.Render(Render($"subject: s\n---\n{paragraphs}\n\n## Findings\n\nThe panel found that information was not shared."), Sent);

            var pages = (await Poppler.TextAsync(pdf)).Split('\f').Select(p => p.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0).ToList();

            Assert.DoesNotContain(pages, p => p[^1] == "Findings" || (p.Length > 1 && p[^2] == "Findings" && p[^1].StartsWith("Page ", StringComparison.Ordinal)));
            landings.Add(pages.FindIndex(p => p.Contains("Findings")));
        }

        // The range of lengths really does carry the heading across the page break.
        Assert.Equal([0, 1], landings.Order());
    }

    [Fact]
    public async Task A_word_too_long_for_a_line_is_broken_inside_the_margin_not_cut_off()
    {
        var address = "safeguarding.business.unit." + new string('x', 120) + "@westbridge-scp.example.gov.uk";
        var letter = Render($"subject: s\n---\nWrite to {address} with any questions about this review.");
        var pdf = LetterPdf.Render(letter, Sent);

        var boxes = XDocument.Parse(await Poppler.WordBoxesAsync(pdf)).Descendants().Where(e => e.Name.LocalName == "word").ToList();
        var printed = string.Concat((await Poppler.TextAsync(pdf)).Split('\n').Select(l => l.Trim()));

        Assert.True(boxes.Count > 8);
        Assert.All(boxes, w => Assert.True(double.Parse(w.Attribute("xMax")!.Value, CultureInfo.InvariantCulture) <= PageWidth - RightMargin + 0.5, $"'{w.Value}' runs past the margin"));
        Assert.Contains(address, printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_font_is_embedded_so_the_letter_prints_the_same_anywhere()
    {
        var fonts = (await Poppler.FontsAsync(LetterPdf.Render(FamilyLetter("Ann Smith", "Leah"), Sent)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"\byes\s+yes\s+yes\b", f));
    }

    [Fact]
    public async Task A_character_the_font_lacks_is_marked_as_missing_and_the_rest_of_the_letter_reads_as_written()
    {
        var letter = Render("subject: A review about 漢 (Hàn)\n---\nDear Mr 漢 Wong,\n\nThank you.");

        var pdf = LetterPdf.Render(letter, Sent);

        var text = await Poppler.TextAsync(pdf);
        Assert.Contains("Dear Mr \uFFFD Wong,", text, StringComparison.Ordinal);
        Assert.Contains("Thank you.", text, StringComparison.Ordinal);
        Assert.Contains("A review about 漢 (Hàn)", await Poppler.InfoAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Characters_the_font_lacks_take_the_room_they_print_in_so_lines_stay_inside_the_margin()
    {
        var names = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"漢字 {i}"));
        var pdf = LetterPdf.Render(Render($"subject: s\n---\nThe family's names are {names}."), Sent);

        var boxes = XDocument.Parse(await Poppler.WordBoxesAsync(pdf)).Descendants().Where(e => e.Name.LocalName == "word").ToList();

        Assert.Contains(boxes, w => w.Value == "40.");
        Assert.All(boxes, w => Assert.True(double.Parse(w.Attribute("xMax")!.Value, CultureInfo.InvariantCulture) <= PageWidth - RightMargin + 0.5, $"'{w.Value}' runs past the margin"));
    }

    [Fact]
    public async Task The_metadata_is_well_formed_and_has_the_subject_as_title_even_with_an_ampersand()
    {
        const string Subject = "Review from Bath & North East Somerset <SCP>";
        var pdf = LetterPdf.Render(Render($"subject: {Subject}\n---\nDear Ann,"), Sent);

        var xmp = XDocument.Parse(await Poppler.MetadataAsync(pdf));

        Assert.Equal(Subject, xmp.Descendants(Dc + "title").Single().Value);
        Assert.Equal("2027-07-05T09:00:00Z", xmp.Descendants(Xmp + "CreateDate").Single().Value);
    }

    [Fact]
    public async Task A_subject_too_full_of_ampersands_for_the_metadata_keeps_its_title_in_the_document_information()
    {
        var subject = "Review " + string.Concat(Enumerable.Repeat("& ", 300));
        var pdf = LetterPdf.Render(Render($"subject: {subject}\n---\nDear Ann,"), Sent);

        var xmp = XDocument.Parse(await Poppler.MetadataAsync(pdf));

        Assert.Empty(xmp.Descendants(Dc + "title"));
        Assert.Contains("Title:           Review & & &", await Poppler.InfoAsync(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_letter_written_at_the_same_instant_is_the_same_bytes()
    {
        var letter = FamilyLetter("Ann Smith", "Leah");

        Assert.Equal(LetterPdf.Render(letter, Sent), LetterPdf.Render(FamilyLetter("Ann Smith", "Leah"), Sent));
        Assert.NotEqual(LetterPdf.Render(letter, Sent), LetterPdf.Render(letter, Sent.AddMinutes(1)));
        Assert.NotEqual(LetterPdf.Render(letter, Sent), LetterPdf.Render(FamilyLetter("Anne Smith", "Leah"), Sent));
    }

    [Fact]
    public void Letters_set_on_many_threads_at_once_are_the_bytes_each_gives_alone()
    {
        // PDFsharp's fonts are process-wide; letters of one review's notices are kept at the same time.
        var letters = Enumerable.Range(1, 24).Select(i => FamilyLetter($"Person {i} ap Rhŷs", "Siôn")).ToList();

        var together = new byte[letters.Count][];
        Parallel.For(0, letters.Count, i => together[i] = LetterPdf.Render(letters[i], Sent));
        var alone = letters.Select(l => LetterPdf.Render(l, Sent));

        Assert.Equal(alone, together);
    }

    private static RenderedNotice FamilyLetter(string addressee, string child) =>
        TemplateRenderer.Render(NoticeCatalogue.Embedded.Template("family-letter"), new Dictionary<string, string?>
        {
            ["addresseeName"] = addressee,
            ["addresseeAddress"] = "Tŷ Gwyn\n12 Heol y Bont\nAberystwyth",
            ["childFirstName"] = child,
            ["letterDate"] = "Monday 5 July 2027",
            ["reference"] = "CR-2027-0042",
            ["boardName"] = "Eastmoor Regional Safeguarding Board",
            ["completionDate"] = "Friday 28 January 2028",
            ["boardEmail"] = "reviews@eastmoor-rsb.example.gov.wales",
        });

    private static RenderedNotice Render(string template) =>
        TemplateRenderer.Render(TemplateParser.Parse("t", template), new Dictionary<string, string?>());

    /// <summary>The plain-text letter's words, less the hyphens it marks list items with.</summary>
    private static string[] Words(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "-").ToArray();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
