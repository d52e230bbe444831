namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>The single-value fields of the referral form, each with its name in problems and JSON.</summary>
internal enum FormField
{
    ReferrerName,
    ReferrerAgency,
    ReferrerEmail,
    ReferrerPhone,
    LineManager,
    ChildName,
    DateOfBirth,
    DateOfDeath,
    IncidentDate,
    Address,
    EthnicOrigin,
    ChildProtectionPlan,
    Whereabouts,
    Carer,
    Circumstances,
    ReferralDate,
    SignedBy,
}

internal static class FormFieldNames
{
    /// <summary>Where the field sits in the referral JSON, used as the problem's field.</summary>
    public static string Path(this FormField field) => field switch
    {
        FormField.ReferrerName => "referrer.name",
        FormField.ReferrerAgency => "referrer.agency",
        FormField.ReferrerEmail => "referrer.email",
        FormField.ReferrerPhone => "referrer.phone",
        FormField.LineManager => "referrer.lineManager",
        FormField.ChildName => "child.name",
        FormField.DateOfBirth => "child.dateOfBirth",
        FormField.DateOfDeath => "child.dateOfDeath",
        FormField.IncidentDate => "child.incidentDate",
        FormField.Address => "child.address",
        FormField.EthnicOrigin => "child.ethnicOrigin",
        FormField.ChildProtectionPlan => "child.childProtectionPlan",
        FormField.Whereabouts => "child.whereabouts",
        FormField.Carer => "child.carer",
        FormField.Circumstances => "circumstances",
        FormField.ReferralDate => "referralDate",
        FormField.SignedBy => "signedBy",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The field as the form words it, for messages to the sender.</summary>
    public static string Words(this FormField field) => field switch
    {
        FormField.ReferrerName => "your name (the referrer)",
        FormField.ReferrerAgency => "your agency",
        FormField.ReferrerEmail => "your e-mail address",
        FormField.ReferrerPhone => "your phone number",
        FormField.LineManager => "your line manager",
        FormField.ChildName => "the child's name",
        FormField.DateOfBirth => "the child's date of birth",
        FormField.DateOfDeath => "the date of death",
        FormField.IncidentDate => "the date of the critical incident",
        FormField.Address => "the child's home address",
        FormField.EthnicOrigin => "the child's ethnic origin",
        FormField.ChildProtectionPlan => "whether the child is or was subject to a child protection plan",
        FormField.Whereabouts => "the child's whereabouts at the time of the incident",
        FormField.Carer => "the carer at the time of the incident",
        FormField.Circumstances => "the circumstances that triggered the referral",
        FormField.ReferralDate => "the date of referral",
        FormField.SignedBy => "the signature",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
