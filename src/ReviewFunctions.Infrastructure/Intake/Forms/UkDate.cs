namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>A date as a person typed it, read the UK way (day first), with the time when they gave one.</summary>
public readonly record struct UkDate(DateOnly Date, TimeOnly? Time);
