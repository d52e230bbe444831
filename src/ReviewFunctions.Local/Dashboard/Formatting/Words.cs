using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Local.Dashboard.Formatting;

/// <summary>The API's identifiers in the words the people running a review use.</summary>
public static class Words
{
    public static string Nation(string nation) => nation switch
    {
        "england" => "England",
        "wales" => "Wales",
        "scotland" => "Scotland",
        "northern-ireland" => "Northern Ireland",
        "jersey" => "Jersey",
        _ => Sentence(nation),
    };

    public static string Stage(string stage) => stage switch
    {
        "referral" => "Referral: deciding whether to hold a review",
        "review" => "Review under way",
        "action-plan" => "Action plan",
        "finished" => "Finished",
        _ => Sentence(stage),
    };

    public static string Phase(string phase) => StepPhases.Title(phase) ?? Sentence(phase);

    /// <summary>Who did a step; steps the system marks done say what did it, not a made-up person.</summary>
    public static string DoneBy(string? by) => by switch
    {
        "notifications" => "when every notice had been sent",
        "agencies" => "when every agency had answered",
        null => string.Empty,
        _ => "by " + by,
    };

    public static string KindTitle(ProcedureCatalogue catalogue, string kind) => catalogue.Find(kind)?.Title ?? kind;

    public static string StepTitle(ProcedureCatalogue catalogue, string kind, string? step) =>
        step is null ? "None" : catalogue.Find(kind)?.FindStep(step)?.Title ?? Sentence(step);

    /// <summary>A notice's recipients are role ids or bodies ("ofsted", "agencies"); roles read as their titles.</summary>
    public static string Recipient(ProcedureCatalogue catalogue, string recipient) =>
        catalogue.Roles.TryGetValue(recipient, out var role) ? ShortRole(role) : recipient switch
        {
            "agencies" => "The agencies involved",
            "care-inspectorate" => "Care Inspectorate",
            "cqc" => "Care Quality Commission",
            "dfe" => "Department for Education",
            "family" => "The family (through the person who delivers their letters)",
            "hmi-probation" => "HM Inspectorate of Probation",
            "hmic" => "HM Inspectorate of Constabulary",
            "hmip" => "HM Inspectorate of Prisons",
            "home-office" => "Home Office",
            "home-office-qa-panel" => "Home Office quality assurance panel",
            "imr-authors" => "IMR authors",
            "national-panel" => "Child Safeguarding Practice Review Panel",
            "ofsted" => "Ofsted",
            "panel" => "The review panel",
            "practitioners" => "The practitioners involved",
            "secretary-of-state" => "Secretary of State",
            "sha" => "Strategic health authority",
            "welsh-government" => "Welsh Government",
            _ => Sentence(recipient),
        };

    /// <summary>A role's title without its bracketed explanation, which is long enough to drown a table.</summary>
    public static string ShortRole(Role role)
    {
        var bracket = role.Title.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? role.Title[..bracket] : role.Title;
    }

    public static string Role(ProcedureCatalogue catalogue, string id) =>
        catalogue.Roles.TryGetValue(id, out var role) ? ShortRole(role) : id;

    /// <summary>"agency-request-letter" reads as "Agency request letter".</summary>
    public static string Sentence(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
