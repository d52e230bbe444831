namespace ReviewFunctions.Emulators.Mail;

/// <summary>One entry of SendGrid's error list: <c>{"message", "field", "help"}</c>.</summary>
public sealed record SendGridError(string Message, string? Field, string? Help);
