namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// What one poll of the mailbox did. <see cref="Deferred"/> messages were left in the inbox to be read again, and
/// the delta link is only moved on (<see cref="DeltaLinkSaved"/>) when nothing was deferred. <see cref="Failed"/> messages
/// were ones intake failed on: left for the next poll, or, at their last try, quarantined (and so counted in
/// <see cref="NeedsAttention"/>).
/// </summary>
public sealed record MailboxPoll(int Received, int Started, int Duplicates, int Invalid, int NeedsAttention, int Deferred, bool DeltaLinkSaved, int Failed = 0);
