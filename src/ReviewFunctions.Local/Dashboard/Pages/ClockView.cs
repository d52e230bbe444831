namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The host's time, and whether a person can move it (a virtual clock) or it is the computer's own.</summary>
public sealed record ClockView(DateTimeOffset Now, bool IsVirtual);
