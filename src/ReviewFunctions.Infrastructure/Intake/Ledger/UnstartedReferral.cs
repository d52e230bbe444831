namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>A numbered referral whose review was not started: where its message is kept, and when it arrived.</summary>
internal sealed record UnstartedReferral(string Reference, string MessageKey, DateTimeOffset ReceivedAt);
