using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reports.Timeliness;
using ReviewFunctions.Infrastructure.Reports;
using ReviewFunctions.Local.Dashboard.Forms;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The timeliness page: the report asked for, or what was wrong with the question.</summary>
public sealed record TimelinessPageModel(
    TimelinessReport? Report,
    ReportQuery Query,
    IReadOnlyList<FieldError> Errors,
    ProcedureCatalogue Catalogue,
    ClockView Clock,
    Visitor Visitor);
