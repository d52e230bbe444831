using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Infrastructure.Tests.Mail.Support;

/// <summary>The sample referrals (shared/samples/referrals ref-a and ref-b), typed in by hand as intake will fill them.</summary>
internal static class SampleReferrals
{
    public static IReadOnlyList<string> RefAAgencies { get; } =
        ["Westbridge Children's Services", "Westbridge Primary Care Trust (Health Visiting)", "Westbridge Police"];

    public static IReadOnlyList<string> RefBAgencies { get; } = ["Eastmoor NHS Foundation Trust", "Eastmoor Secondary School"];

    /// <summary>Words from ref-a that must never reach a body outside the partnership.</summary>
    public static IReadOnlyList<string> RefASecrets { get; } =
        ["Jayden", "Marsh", "Kerry", "Dean", "Fowler", "Leah", "Okafor", "Helen", "Crane", "Priya", "Raman", "Ellery", "Tom ", "14/06/2023", "14 June 2023", "2 November 2001", "19 August 1998", "30 January 2020", "Alder", "WB4 2QT", "WB42QT"];

    public static IReadOnlyList<string> RefBSecrets { get; } =
        ["Amira", "Haddad", "Nadia", "Omar", "Penhaligon", "Ruth", "Dunmore", "Claire", "Oyelaran", "Martin", "Canal Street", "Flat 4", "EM1 7JD", "3 March 2011", "03/03/2011", "21 September 1985", "11 January 1979"];

    public static ReviewParticulars RefA() => new(
        new ChildDetails("Jayden Marsh", new DateOnly(2023, 6, 14), "12 Alder Row, Westbridge WB4 2QT"),
        [
            new FamilyMember("Kerry Marsh", "Mother", new DateOnly(2001, 11, 2), null),
            new FamilyMember("Dean Fowler", "Mother's partner", new DateOnly(1998, 8, 19), null),
            new FamilyMember("Leah Marsh", "Sibling", new DateOnly(2020, 1, 30), null),
        ],
        [
            new Practitioner("Sam Okafor", "Westbridge Primary Care Trust (Health Visiting)"),
            new Practitioner("DS Helen Crane", "Westbridge Police"),
            new Practitioner("Tom Ellery", "Westbridge Children's Services"),
        ],
        new Referrer("Priya Raman", "Westbridge Children's Services", "priya.raman@westbridge.example.gov.uk"),
        [
            new InvolvedAgency("Westbridge Primary Care Trust (Health Visiting)", "sam.okafor@westbridge-health.example.nhs.uk"),
            new InvolvedAgency("Westbridge Police", "helen.crane@police.example.uk"),
        ],
        new ReviewOfficers("Ian Porter", "Ruth Adeyemi"));

    public static ReviewParticulars RefB() => new(
        new ChildDetails("Amira Haddad", new DateOnly(2011, 3, 3), "Flat 4, 9 Canal Street, Eastmoor EM1 7JD"),
        [
            new FamilyMember("Nadia Haddad", "Aunt", new DateOnly(1985, 9, 21), null),
            new FamilyMember("Omar Haddad", "Father", new DateOnly(1979, 1, 11), null),
        ],
        [
            new Practitioner("Ruth Penhaligon", "Eastmoor Secondary School"),
            new Practitioner("Claire Dunmore", "Eastmoor NHS Foundation Trust"),
        ],
        new Referrer("Martin Oyelaran", "Eastmoor NHS Foundation Trust", "m.oyelaran@eastmoor.example.nhs.uk"),
        [new InvolvedAgency("Eastmoor Secondary School", "r.penhaligon@eastmoor-sec.example.sch.uk")]);
}
