using System.Text.RegularExpressions;
using ReviewFunctions.Domain.Calendar;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// How one Board's intake runs. An intake mailbox belongs to one Board in one nation; a referral starts as that
/// nation's default kind (England: <c>scr</c>) and keeps the reference it is given here whatever kind the
/// decision later gives the review.
/// </summary>
public sealed partial record IntakeOptions
{
    public static readonly IReadOnlyDictionary<Nation, string> StandardKinds = new Dictionary<Nation, string>
    {
        [Nation.England] = "scr",
        [Nation.Wales] = "cpr-concise",
        [Nation.NorthernIreland] = "cmr",
        [Nation.Scotland] = "scotland-scr",
        [Nation.Jersey] = "jersey-scr",
    };

    public required Nation Nation { get; init; }

    /// <summary>Keys the duplicate key of each form in the intake register (<see cref="IntakeKeys.Form"/>).</summary>
    public required DuplicateKeySecret DuplicateKeySecret { get; init; }

    /// <summary>Nation to the kind a new referral starts as; a Board overrides the ones it runs differently.</summary>
    public IReadOnlyDictionary<Nation, string> DefaultKinds { get; init; } = StandardKinds;

    /// <summary>References are <c>{prefix}-{year}-{number}</c>, e.g. CR-2027-0001, numbered from 1 each UK year.</summary>
    public string ReferencePrefix { get; init; } = "CR";

    public string Table { get; init; } = "ReviewIntake";

    /// <summary>The same form (child, date of birth, incident date, referrer) sent again within this time is the same referral.</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long one delivery may hold a referral it is starting before another delivery may finish the job.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a repeated delivery waits for the first one to be given its reference before answering "try later".</summary>
    public TimeSpan WaitForFirstDelivery { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Alerted when intake fails on a message and keeps it in quarantine: the Board's business manager, from its
    /// notice settings. Without it the failure is only logged.
    /// </summary>
    public string? BusinessManagerEmail { get; init; }

    public IntakeLimits Limits { get; init; } = new();

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public string Kind => DefaultKinds.TryGetValue(Nation, out var kind) ? kind : throw new InvalidOperationException($"No default review kind is configured for {Nation.ToName()}.");

    internal void Validate()
    {
        if (!PrefixPattern().IsMatch(ReferencePrefix ?? string.Empty))
        {
            throw new ArgumentException("The reference prefix must be 1-10 letters or digits, starting with a letter.", nameof(ReferencePrefix));
        }

        _ = Kind;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
