namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>An e-mail address with the display name that came with it.</summary>
public sealed record MailAddress(string Address, string? Name);
