using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Finds and reads the referral form in a message: a Word form attached (also inside an e-mail attached to a
/// forward), or the fields typed into the body. Applies the size and file-type limits first and opens nothing that
/// fails them. Never throws on content: everything wrong comes back as a problem.
/// </summary>
public static class ReferralReader
{
    /// <summary>A document with fewer recognised labels and rows than this is something else (a letter, a chronology).</summary>
    private const int MinRecognised = 3;

    public static ReferralReading Read(IntakeMessage message, DateOnly receivedOn, IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new List<IntakeProblem>();
        var size = SizeOf(message);
        if (size > limits.MaxMessageBytes)
        {
            problems.Add(new IntakeProblem("message", $"This e-mail is {Megabytes(size)} MB, more than the {Megabytes(limits.MaxMessageBytes)} MB we accept. Please send the referral form on its own, without other attachments."));
            return new ReferralReading(null, problems, ReferralSource.None, message.From, null);
        }

        var scan = new MessageScan(problems);
        scan.Visit(message, "body", "attachments", original: null);
        var original = scan.Original ?? ForwardedHeader.OriginalSender(BodyText(message));
        var word = scan.Forms.Where(f => f.Source == ReferralSource.WordAttachment && f.Form.Recognised >= MinRecognised).ToList();
        var body = scan.Forms.Where(f => f.Source == ReferralSource.EmailBody && f.Form.Recognised >= MinRecognised).ToList();
        if (word.Select(f => ChildKey(f.Form)).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            problems.Add(new IntakeProblem("attachments", "This e-mail holds more than one referral form, about different children. Please send each referral in its own e-mail."));
        }

        var chosen = word.Concat(body).Select(f => (f.Form, f.Source, f.Original)).FirstOrDefault();
        if (chosen.Form is null)
        {
            foreach (var (path, attachment) in scan.Unreadable)
            {
                problems.Add(new IntakeProblem(path, $"'{attachment.Name}' is {AttachmentKinds.Describe(attachment)}, which we cannot read as the referral form. Please send the form as a Word document (.docx)."));
            }

            if (problems.Count == 0)
            {
                problems.Add(new IntakeProblem("message", "We could not find the referral form in this e-mail. Please attach the completed form as a Word document (.docx), or type its fields into the e-mail as 'Label: value' lines (for example 'Name of child: ...')."));
            }

            return new ReferralReading(null, problems, ReferralSource.None, message.From, original);
        }

        return Finish(chosen.Form, chosen.Source, receivedOn, problems, message.From, chosen.Original ?? original);
    }

    /// <summary>Reads a Word form on its own, as the command line's offline check does.</summary>
    public static ReferralReading ReadWordForm(ReadOnlyMemory<byte> docx, string name, DateOnly receivedOn)
    {
        var problems = new List<IntakeProblem>();
        var form = ReadDocx(docx, name, "document", problems);
        if (form is null)
        {
            return new ReferralReading(null, problems, ReferralSource.None, null, null);
        }

        if (form.Recognised < MinRecognised)
        {
            problems.Add(new IntakeProblem("document", $"'{name}' does not look like the referral form: we found almost none of its headings. Please use the Board's referral form."));
            return new ReferralReading(null, problems, ReferralSource.None, null, null);
        }

        return Finish(form, ReferralSource.WordAttachment, receivedOn, problems, null, null);
    }

    internal static CollectedForm? ReadDocx(ReadOnlyMemory<byte> docx, string name, string path, List<IntakeProblem> problems)
    {
        if (DocxInspector.Check(docx, name) is { } unsafeReason)
        {
            problems.Add(new IntakeProblem(path, unsafeReason));
            return null;
        }

        try
        {
            var collector = new FormCollector();
            foreach (var block in DocxFormReader.Read(docx))
            {
                collector.Add(block);
            }

            return collector.Form;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException)
        {
            problems.Add(new IntakeProblem(path, $"'{name}' is damaged and cannot be opened. Please check that it opens in Word, save it again as .docx and send that copy."));
            return null;
        }
    }

    internal static string BodyText(IntakeMessage message) =>
        message.Body is null ? string.Empty
        : string.Equals(message.BodyContentType, "html", StringComparison.OrdinalIgnoreCase) ? HtmlText.ToText(message.Body)
        : message.Body.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static ReferralReading Finish(CollectedForm form, ReferralSource source, DateOnly receivedOn, List<IntakeProblem> problems, MailAddress? sender, MailAddress? original)
    {
        var (referral, found) = ReferralBuilder.Build(form);
        problems.AddRange(found);
        referral = ReferrerFromSender(referral, problems, original, sender);
        problems.AddRange(ReferralValidator.Validate(referral, receivedOn, problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal)));
        return new ReferralReading(referral, problems, source, sender, original);
    }

    /// <summary>
    /// The form names the referrer. When it gives their name but no e-mail address and the name is the original
    /// sender's (or, if not forwarded, the sender's), the form is saying the sender is the referrer: use that address.
    /// </summary>
    private static Referral ReferrerFromSender(Referral referral, List<IntakeProblem> problems, MailAddress? original, MailAddress? sender)
    {
        if (referral.Referrer.Email is not null || referral.Referrer.Name is null || problems.Exists(p => p.Field == "referrer.email"))
        {
            return referral;
        }

        var name = PersonNames.Key(referral.Referrer.Name);
        var match = new[] { original, sender }.FirstOrDefault(a => a?.Name is not null && PersonNames.Key(a.Name) == name && EmailAddresses.IsValid(a.Address));
        return match is null ? referral : referral with { Referrer = referral.Referrer with { Email = match.Address.ToLowerInvariant() } };
    }

    private static string ChildKey(CollectedForm form) =>
        form.Values.TryGetValue(FormField.ChildName, out var names) && names.FirstOrDefault(n => !UkDateReader.IsBlank(n)) is { } name ? PersonNames.Key(name) : string.Empty;

    private static long SizeOf(IntakeMessage message) =>
        Encoding.UTF8.GetByteCount(message.Body ?? string.Empty)
        + message.Attachments.Sum(a => a.Content.Length + (a.Item is null ? 0 : SizeOf(a.Item)));

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One pass over a message and its attached e-mails, collecting candidate forms and attachment problems.</summary>
    private sealed class MessageScan(List<IntakeProblem> problems)
    {
        public List<(CollectedForm Form, ReferralSource Source, MailAddress? Original)> Forms { get; } = [];

        public List<(string Path, IntakeAttachment Attachment)> Unreadable { get; } = [];

        /// <summary>The sender of an e-mail attached to this one: the forward's original sender.</summary>
        public MailAddress? Original { get; private set; }

        public void Visit(IntakeMessage message, string bodyPath, string attachmentsPath, MailAddress? original)
        {
            if (string.Equals(message.BodyContentType, "html", StringComparison.OrdinalIgnoreCase) && message.Body is not null
                && HtmlText.ActiveContent(message.Body) is { } active)
            {
                problems.Add(new IntakeProblem(bodyPath, $"The e-mail's formatted text contains {active}. We do not open e-mails with active content. Please send the form as a Word attachment, or as plain text."));
            }
            else
            {
                var collector = new FormCollector();
                collector.Add(new TextBlock(BodyText(message)));
                Forms.Add((collector.Form, ReferralSource.EmailBody, original));
            }

            for (var i = 0; i < message.Attachments.Count; i++)
            {
                Attachment(message.Attachments[i], $"{attachmentsPath}[{i}]", original);
            }
        }

        private void Attachment(IntakeAttachment a, string path, MailAddress? original)
        {
            if (a.Item is not null)
            {
                Original ??= a.Item.From;
                Visit(a.Item, path + ".body", path + ".attachments", a.Item.From ?? original);
                return;
            }

            if (a.IsInline && !AttachmentKinds.IsWord(a))
            {
                return;
            }

            if (AttachmentKinds.IsProgram(a))
            {
                problems.Add(new IntakeProblem(path, $"'{a.Name}' is a program or script, which we never open. Please send only the referral form."));
            }
            else if (AttachmentKinds.IsMacroDocument(a))
            {
                problems.Add(new IntakeProblem(path, $"'{a.Name}' is a macro-enabled file. We do not open files with macros. Please save the form as a plain Word document (.docx) and send it again."));
            }
            else if (AttachmentKinds.IsWord(a))
            {
                if (ReadDocx(a.Content, a.Name, path, problems) is { } form)
                {
                    Forms.Add((form, ReferralSource.WordAttachment, original));
                }
            }
            else if (AttachmentKinds.IsHtml(a) && HtmlText.ActiveContent(Encoding.UTF8.GetString(a.Content.Span)) is { } active)
            {
                problems.Add(new IntakeProblem(path, $"'{a.Name}' is a web page containing {active}. We do not open such files. Please send only the referral form."));
            }
            else
            {
                Unreadable.Add((path, a));
            }
        }
    }
}
