using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Local.Dashboard.Forms;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The reviews page: the reviews the visitor may see, the clock, and the clock form if it came back refused.</summary>
public sealed record ReviewListModel(
    IReadOnlyList<ReviewIndexEntry> Reviews,
    ProcedureCatalogue Catalogue,
    ClockView Clock,
    Visitor Visitor,
    string Token,
    PostedForm? Posted = null,
    bool ClockMoved = false);
