namespace ReviewFunctions.Bench.National;

/// <summary>
/// One reminder or escalation of one step occurrence, named by the instant it is meant for (the instant the command
/// carries, not when it went): the same key twice is the same reminder sent twice.
/// </summary>
internal sealed record ReminderKey(string Review, string Step, int Occurrence, DateTimeOffset Instant, ReminderType Type);

/// <summary>What went to whom: a reminder to the step's owner before or on the due date, or an escalation to their manager.</summary>
internal enum ReminderType
{
    BeforeDue,
    OnDue,
    Escalation,
}

/// <summary>A reminder or escalation the engine asked for, and the virtual instant the simulation ran the command.</summary>
internal sealed record SentReminder(ReminderKey Key, DateTimeOffset SentAt);
