namespace ReviewFunctions.Bench.Intake;

/// <summary>
/// One of the shipped sample referrals (<c>samples/referrals</c>), as a Word form and as a typed e-mail, with the
/// values its form holds that every copy changes, so each copy is a new referral.
/// </summary>
internal sealed record SampleReferral(
    string DocxFile,
    string BodyFile,
    string SenderAddress,
    string ChildName,
    string BirthDate,
    string IncidentDate,
    string ReferralDate)
{
    public static readonly IReadOnlyList<SampleReferral> Shipped =
    [
        new("ref-a.email.json", "ref-a.body.email.json", "priya.raman@westbridge.example.gov.uk", "Jayden Marsh", "14/06/2023", "05/02/2027", "08/02/2027"),
        new("ref-b.email.json", "ref-b.body.email.json", "m.oyelaran@eastmoor.example.nhs.uk", "Amira Haddad", "03/03/2011", "27/06/2027", "30/06/2027"),
    ];

    /// <summary>The form's values this sample holds, each of which must be found in it for a copy to change it.</summary>
    public IEnumerable<string> Values => [SenderAddress, ChildName, BirthDate, IncidentDate, ReferralDate];
}
