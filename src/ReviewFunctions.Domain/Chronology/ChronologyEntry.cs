namespace ReviewFunctions.Domain.Chronology;

/// <summary>One event in one agency's chronology, in the columns of the chronology template (Appendix 7).</summary>
/// <param name="Agency">The agency whose chronology this is, given by whoever uploads it: the template has no such column.</param>
/// <param name="EventNumber">The agency's own Event No, so the panel can point back to that agency's chronology.</param>
/// <param name="Time">Null when the agency's record gives no time.</param>
/// <param name="AgeOfChild">As the agency wrote it ("4y 6m", "3 months"): ages are read by the panel, never reckoned with.</param>
/// <param name="FamilyMember">Who in the family the event concerns, in the abbreviation the panel agreed.</param>
/// <param name="ChildSeen">The child was seen or their wishes were sought or expressed: Y is true, N is false, left empty is null.</param>
/// <param name="Event">What happened, as the agency recorded it.</param>
/// <param name="AgencySource">The "Agency source to overview" column, such as "Education".</param>
public sealed record ChronologyEntry(
    string Agency,
    int EventNumber,
    DateOnly Date,
    TimeOnly? Time,
    string AgeOfChild,
    string FamilyMember,
    bool? ChildSeen,
    string Event,
    string AgencySource,
    string ActionTaken,
    string Note);
