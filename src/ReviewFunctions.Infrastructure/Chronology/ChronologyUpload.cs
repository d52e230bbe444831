using ReviewFunctions.Domain.Chronology;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Chronology;

/// <summary>One agency's chronology as it was sent in, kept as evidence whether or not it could be used.</summary>
public sealed record ChronologyUpload(DocumentPath Path, string Agency, string FileName, DateTimeOffset UploadedAt, string UploadedBy, ChronologyReading Reading)
{
    public bool Accepted => Reading.IsAccepted;
}
