namespace ReviewFunctions.Domain.Chronology;

/// <summary>
/// One thing wrong with an uploaded chronology, in words a safeguarding lead can act on. A message quotes at most the
/// short value that is wrong (a date, a time, a Y/N); never any other text of the chronology, so it is safe to show to
/// whoever uploaded it. Not for logs all the same: even a date belongs to a child's record.
/// </summary>
/// <param name="Row">The row as a spreadsheet or a Word table numbers it, the heading row being row 1; null when the problem is with the whole file.</param>
/// <param name="Column">The column at fault, when there is one.</param>
public sealed record ChronologyProblem(int? Row, ChronologyColumn? Column, string Message);
