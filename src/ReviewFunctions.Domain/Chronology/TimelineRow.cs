namespace ReviewFunctions.Domain.Chronology;

/// <summary>A row of the merged timeline as the panel reads it: an agency's event (<see cref="MergedLine"/>) or a gap in sightings (<see cref="SightingGap"/>).</summary>
public abstract record TimelineRow;
