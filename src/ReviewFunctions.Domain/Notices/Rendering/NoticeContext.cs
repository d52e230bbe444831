using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Notices;

/// <summary>Everything a notice is written from.</summary>
public sealed record NoticeContext(
    ReviewState State,
    Procedure Procedure,
    ProcedureCatalogue Procedures,
    ProcedureStep Step,
    int Occurrence,
    IReadOnlyList<ScheduledStep> Schedule,
    NoticeEntry Entry,
    ReviewParticulars Particulars,
    NoticeSettings Settings,
    DateOnly LetterDay);
