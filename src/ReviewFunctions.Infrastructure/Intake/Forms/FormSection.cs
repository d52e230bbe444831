namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>The numbered parts of the form; a bare "Name" means the referrer in one and the child in another.</summary>
internal enum FormSection
{
    None,
    Referrer,
    Child,
    Family,
    Agencies,
    Circumstances,
    Chronology,
    Closing,
}
