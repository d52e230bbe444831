namespace ReviewFunctions.Domain.Procedures;

/// <summary>What starts a step's clock: a fact about the case (an event) or another step being done.</summary>
public sealed record StepAnchor(AnchorKind Kind, string Name)
{
    public const string ReferralReceived = "referral-received";
    public const string Incident = "incident";
    public const string Awareness = "awareness";

    public static readonly IReadOnlySet<string> KnownEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        ReferralReceived,
        Incident,
        Awareness,
    };

    public static StepAnchor Event(string name) => new(AnchorKind.Event, name);

    public static StepAnchor Step(string id) => new(AnchorKind.Step, id);

    public static string EventTitle(string name) => name switch
    {
        ReferralReceived => "referral received",
        Incident => "the incident",
        Awareness => "becoming aware of the incident",
        _ => name,
    };
}

public enum AnchorKind
{
    Event,
    Step,
}
