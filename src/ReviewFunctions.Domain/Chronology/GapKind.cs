namespace ReviewFunctions.Domain.Chronology;

/// <summary>How a gap in sightings of the child is bounded.</summary>
public enum GapKind
{
    /// <summary>From one day any agency saw the child to the next.</summary>
    BetweenSightings,

    /// <summary>From the last day any agency saw the child to the date the timeline is read up to (such as the incident).</summary>
    SinceLastSighting,

    /// <summary>No agency saw the child at all: from the first event to the date read up to, or to the last event.</summary>
    NeverSeen,
}
