using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// One step occurrence's life as the simulation saw it in the engine's schedule: when it opened, every due date it had
/// (an extension, or the step it precedes moving, gives it a new one from that instant), and when it stopped being open
/// (done, no longer needed, or the review ended). This is all the oracle is told about a step.
/// </summary>
/// <param name="Received">When the review's referral reached the Board: nothing can be sent for it before then.</param>
/// <param name="Opened">When the schedule says the step opened; it may be earlier than the referral (a step counted from the incident).</param>
/// <param name="Dues">In the order they came into force; the first is in force from the opening.</param>
/// <param name="Closed">When it stopped being open.</param>
internal sealed record StepTimetable(
    string Review,
    string Step,
    int Occurrence,
    Nation Nation,
    ReminderPolicy Policy,
    DateTimeOffset Received,
    DateTimeOffset Opened,
    IReadOnlyList<DueFrom> Dues,
    DateTimeOffset Closed);

/// <summary>A due date and the instant from which it was the step's due date.</summary>
internal sealed record DueFrom(DateTimeOffset From, Due Due);
