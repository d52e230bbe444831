namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// A member's address could not be given access: SharePoint did not resolve it to a user in the tenant (app-only
/// sharing cannot invite new guests). Retrying will not help until the address or the account is put right.
/// </summary>
public sealed class CaseFileMemberNotFoundException : Exception
{
    public CaseFileMemberNotFoundException()
    {
    }

    public CaseFileMemberNotFoundException(string message)
        : base(message)
    {
    }

    public CaseFileMemberNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CaseFileMemberNotFoundException(string reference, string member, string serviceCode, Exception innerException)
        : base($"The case file of {reference} cannot be shared with {member}: the service answered '{serviceCode}'. Check the address belongs to a user (or an existing guest) of the organisation.", innerException)
    {
        Reference = reference;
        Member = member;
    }

    public string? Reference { get; }

    public string? Member { get; }
}
