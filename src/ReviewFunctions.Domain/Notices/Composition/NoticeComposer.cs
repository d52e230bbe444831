using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// Writes a notice the decider asked for: finds its recipients, merges the review into its template (with aliases
/// for anything leaving the partnership), and runs the anonymisation gate over every word that would go out. Pure:
/// the same review, particulars and day always give the same letters.
/// </summary>
public sealed class NoticeComposer(ReviewEngine engine, NoticeCatalogue catalogue, NoticeSettings settings)
{
    private readonly RecipientResolver resolver = new(engine.Catalogue, settings);

    public NoticeCatalogue Catalogue => catalogue;

    public NoticeSettings Settings => settings;

    public RecipientResolver Recipients => resolver;

    /// <param name="letterAt">When the letter goes (or first went): its date, and the instant the dates it quotes count from.</param>
    public ComposedNotice Compose(SendNotice command, ReviewState state, ReviewParticulars particulars, DateTimeOffset letterAt)
    {
        var letterDay = UkTime.ToUkDate(letterAt);
        var procedure = engine.ProcedureOf(state);
        var step = procedure.Step(command.Step);
        var entry = catalogue.Get(command.Notice, state.Kind);
        var recipients = resolver.Resolve(command.To, state, particulars, step.Owner, letterDay);

        // The dates a letter quotes (reply by, interviews by) count from this notice going now, as they will once it is recorded.
        var sent = engine.Evolve(state, new NoticeSent(letterAt, command.Notice, command.Step, command.Occurrence));
        var context = new NoticeContext(state, procedure, engine.Catalogue, step, command.Occurrence, engine.Schedule(sent), entry, particulars, settings, letterDay);
        var template = catalogue.Template(entry.Template);
        var messages = new List<NoticeMessage>();
        var leaks = new HashSet<LeakKind>();

        var everyone = SensitiveDetails.Of(particulars, AllowedNames(particulars));
        foreach (var (group, to, anonymised) in DirectGroups(recipients.Direct, entry))
        {
            var fields = NoticeFields.Build(context, anonymised);
            fields["recipientName"] = NoticeFields.Join([.. to.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase)]);
            var message = Message(group, to, template, fields, entry, anonymised);
            messages.Add(message);
            if (anonymised)
            {
                leaks.UnionWith(AnonymisationGate.Check(everyone, Texts(message)));
            }
        }

        for (var i = 0; i < recipients.Practitioners.Count; i++)
        {
            var practitioner = recipients.Practitioners[i];
            var outside = practitioner.Via.OutsidePartnership;
            var fields = NoticeFields.Build(context, anonymised: outside);
            fields["recipientName"] = practitioner.Agency;
            fields["addresseeName"] = outside || practitioner.Practitioner is null
                ? $"colleagues at {practitioner.Agency} who worked with the family"
                : practitioner.Practitioner.Name;
            var message = Message($"practitioner-{i + 1}", [practitioner.Via], template, fields, entry, anonymised: outside);
            messages.Add(message);
            if (outside)
            {
                leaks.UnionWith(AnonymisationGate.Check(everyone, Texts(message)));
            }
        }

        if (recipients.Family.Count > 0)
        {
            var (message, familyLeaks) = FamilyLetters(context, recipients, template, entry);
            messages.Add(message);
            leaks.UnionWith(familyLeaks);

            // A family letter names its addressee and cannot be anonymised: going to a deliverer outside the
            // partnership, the gate stops it.
            if (recipients.FamilyDeliverers.Any(r => r.OutsidePartnership))
            {
                leaks.UnionWith(AnonymisationGate.Check(everyone, Texts(message)));
            }
        }

        return new ComposedNotice(entry, messages, leaks, recipients.Missing);
    }

    /// <summary>
    /// Who gets the shared letter, and in which form. A notice that leaves the partnership by its nature is anonymised
    /// for everyone. Otherwise those inside the partnership get it in full ("main") and those outside get the
    /// anonymised letter as a message of its own ("outside", or "main" when nobody is inside), so one address outside
    /// neither sees the full letter nor takes the child's name from the partnership's own agencies.
    /// </summary>
    private static IEnumerable<(string Group, IReadOnlyList<Recipient> To, bool Anonymised)> DirectGroups(IReadOnlyList<Recipient> direct, NoticeEntry entry)
    {
        var outside = entry.LeavesPartnership ? direct : [.. direct.Where(r => r.OutsidePartnership)];
        var inside = entry.LeavesPartnership ? [] : direct.Where(r => !r.OutsidePartnership).ToList();
        if (inside.Count > 0)
        {
            yield return ("main", inside, false);
        }

        if (outside.Count > 0)
        {
            yield return (inside.Count > 0 ? "outside" : "main", outside, true);
        }
    }

    /// <summary>The officers who may be named outside the partnership (004 §1.9.1).</summary>
    public IEnumerable<string?> AllowedNames(ReviewParticulars particulars) =>
        [settings.Board.ChairName, particulars.Officers?.PanelChair, particulars.Officers?.OverviewAuthor];

    private NoticeMessage Message(string group, IReadOnlyList<Recipient> to, NoticeTemplate template, Dictionary<string, string?> fields, NoticeEntry entry, bool anonymised)
    {
        var body = TemplateRenderer.Render(template, fields);
        var documents = new List<NoticeDocument> { new($"{group}-letter", body) };
        documents.AddRange(entry.Enclosures.Select(e => new NoticeDocument(e, TemplateRenderer.Render(catalogue.Template(e), fields))));
        return new NoticeMessage(group, to, body, documents, anonymised);
    }

    /// <summary>
    /// One letter for each adult in the family, addressed to them, with any enclosures; they go to the person who
    /// delivers them (004 §6.1.3: by hand, by post or through a solicitor), never straight to a family member's inbox.
    /// Each letter may carry its addressee's own address but no one else's, nor anyone's date of birth.
    /// </summary>
    private (NoticeMessage Message, IReadOnlySet<LeakKind> Leaks) FamilyLetters(NoticeContext context, ResolvedRecipients recipients, NoticeTemplate template, NoticeEntry entry)
    {
        var documents = new List<NoticeDocument>();
        var leaks = new HashSet<LeakKind>();
        for (var i = 0; i < recipients.Family.Count; i++)
        {
            var member = recipients.Family[i];
            var fields = NoticeFields.Build(context, anonymised: false);
            fields["childDateOfBirth"] = null;
            fields["childAddress"] = null;
            fields["recipientName"] = member.Name;
            fields["addresseeName"] = member.Name;
            fields["addresseeAddress"] = member.Address;
            var letter = TemplateRenderer.Render(template, fields);
            documents.Add(new NoticeDocument($"family-letter-{i + 1}", letter));
            leaks.UnionWith(AnonymisationGate.Check(FamilyLetterDetails(context.Particulars, member), letter.Subject, letter.Text, letter.Html));
        }

        var enclosureFields = NoticeFields.Build(context, anonymised: false);
        foreach (var enclosure in entry.Enclosures)
        {
            documents.Add(new NoticeDocument(enclosure, TemplateRenderer.Render(catalogue.Template(enclosure), enclosureFields)));
        }

        var coverFields = NoticeFields.Build(context, anonymised: false);
        coverFields["recipientName"] = NoticeFields.Join([.. recipients.FamilyDeliverers.Select(r => r.Name).Distinct()]);
        coverFields["addresseeName"] = NoticeFields.Join([.. recipients.Family.Select(f => f.Name)]);
        coverFields["letterCount"] = recipients.Family.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        coverFields["stepTitle"] = entry.Title;
        var cover = TemplateRenderer.Render(catalogue.Template(NoticeCatalogue.FamilyDeliveryTemplate), coverFields);
        return (new NoticeMessage("family", recipients.FamilyDeliverers, cover, documents, false), leaks);
    }

    /// <summary>What one family member's letter must not carry: other people's addresses and anyone's date of birth.</summary>
    private static SensitiveDetails FamilyLetterDetails(ReviewParticulars particulars, FamilyMember addressee)
    {
        var others = particulars with
        {
            Child = particulars.Child with { Name = string.Empty, Address = SameAddress(particulars.Child.Address, addressee.Address) ? null : particulars.Child.Address },
            Family = [.. particulars.Family.Select(f => f with { Name = string.Empty, Address = SameAddress(f.Address, addressee.Address) ? null : f.Address })],
            Practitioners = [],
            Referrer = particulars.Referrer with { Name = string.Empty },
        };
        return SensitiveDetails.Of(others, []);
    }

    private static bool SameAddress(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string address) => new([.. address.Where(char.IsLetterOrDigit)]);

    private static string[] Texts(NoticeMessage message) =>
        [message.Body.Subject, message.Body.Text, message.Body.Html, .. message.Attachments.SelectMany(a => new[] { a.Content.Subject, a.Content.Text, a.Content.Html })];
}
