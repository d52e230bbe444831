namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// A referral's place in the register: its reference, whether this delivery was the one that allocated it, and
/// whether its review is known to have started (if not, and nobody is working on it, this delivery finishes the job).
/// </summary>
internal sealed record Reservation(string Reference, bool Allocated, bool Started, bool HeldByOther);
