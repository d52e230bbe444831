using System.Reflection;
using System.Text;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Domain.Notices;

/// <summary>Every notice the procedures send, with the templates that write them. Data, like the procedures.</summary>
public sealed class NoticeCatalogue
{
    public const string CatalogueFile = "notices.json";

    /// <summary>The e-mail an administrator gets when a notice is stopped: the reference only.</summary>
    public const string BlockedAlertTemplate = "notice-blocked-alert";

    /// <summary>The e-mail the business manager gets when a notice could not reach some of its recipients.</summary>
    public const string UndeliveredAlertTemplate = "notice-undelivered-alert";

    /// <summary>A reminder for a step with an hour deadline, sent at once rather than in the next morning's digest.</summary>
    public const string UrgentReminderTemplate = "urgent-reminder";

    /// <summary>The cover note to whoever delivers family letters by hand or post.</summary>
    public const string FamilyDeliveryTemplate = "family-delivery";

    private const string CatalogueResource = "ReviewFunctions.Domain.Notices.Catalogue.notices.json";
    private const string TemplatePrefix = "ReviewFunctions.Domain.Notices.Templates.";

    private readonly IReadOnlyDictionary<string, NoticeEntry> entries;

    private NoticeCatalogue(IReadOnlyDictionary<string, NoticeEntry> entries, IReadOnlyDictionary<string, NoticeTemplate> templates)
    {
        this.entries = entries;
        Templates = templates;
    }

    public static NoticeCatalogue Embedded { get; } = LoadEmbedded();

    public IReadOnlyCollection<NoticeEntry> Entries => [.. entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];

    public IReadOnlyDictionary<string, NoticeTemplate> Templates { get; }

    /// <summary>Builds a catalogue from its JSON file and template texts (id → text), checking every template it names exists.</summary>
    public static NoticeCatalogue Load(byte[] catalogueJson, IReadOnlyDictionary<string, string> templateTexts)
    {
        var templates = templateTexts.ToDictionary(t => t.Key, t => TemplateParser.Parse(t.Key, t.Value), StringComparer.Ordinal);
        var entries = NoticeCatalogueParser.Parse(CatalogueFile, catalogueJson, templates.Keys.ToHashSet(StringComparer.Ordinal));
        foreach (var required in new[] { BlockedAlertTemplate, UndeliveredAlertTemplate, UrgentReminderTemplate, FamilyDeliveryTemplate })
        {
            if (!templates.ContainsKey(required))
            {
                throw new NoticeTemplateException(required, "is missing: the notices cannot work without it");
            }
        }

        return new NoticeCatalogue(entries, templates);
    }

    public static NoticeCatalogue LoadEmbedded()
    {
        var assembly = typeof(NoticeCatalogue).Assembly;
        var templates = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(TemplatePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .ToDictionary(n => n[TemplatePrefix.Length..^".txt".Length], n => Encoding.UTF8.GetString(Read(assembly, n)), StringComparer.Ordinal);
        return Load(Read(assembly, CatalogueResource), templates);
    }

    /// <summary>The same catalogue with some templates replaced by a Board's own wording.</summary>
    public NoticeCatalogue WithTemplates(IReadOnlyDictionary<string, string> replacements)
    {
        var templates = Templates.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        foreach (var (id, text) in replacements)
        {
            templates[id] = TemplateParser.Parse(id, text);
        }

        return new NoticeCatalogue(entries, templates);
    }

    public NoticeEntry? Find(string notice) => entries.GetValueOrDefault(notice);

    public NoticeEntry Get(string notice, string kind) =>
        (Find(notice) ?? throw new KeyNotFoundException($"The notice catalogue has no notice '{notice}'.")).For(kind);

    public NoticeTemplate Template(string id) =>
        Templates.TryGetValue(id, out var template) ? template : throw new KeyNotFoundException($"There is no template '{id}'.");

    /// <summary>Notice ids that some procedure sends but the catalogue does not describe: each is a notice nobody could write.</summary>
    public IReadOnlyList<string> Missing(ProcedureCatalogue procedures) =>
        [.. procedures.All.SelectMany(p => p.Steps).SelectMany(s => s.Notices).Select(n => n.Id).Distinct().Where(id => !entries.ContainsKey(id)).Order(StringComparer.Ordinal)];

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The resource {name} is not in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
