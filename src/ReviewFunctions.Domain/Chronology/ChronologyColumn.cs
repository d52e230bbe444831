namespace ReviewFunctions.Domain.Chronology;

/// <summary>The columns of the chronology template (Solihull SCR guidance, Appendix 7), in the template's order.</summary>
public enum ChronologyColumn
{
    EventNumber,
    Date,
    Time,
    AgeOfChild,
    FamilyMember,
    ChildSeen,
    Event,
    AgencySource,
    ActionTaken,
    Note,
}
