using ReviewFunctions.Domain.Deadlines;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>A recurring step (the monthly progress update): each occurrence is due one interval after the last, until a step is done.</summary>
public sealed record StepRepeat(Period Every, string Until);
