namespace ReviewFunctions.Bench.Intake;

/// <summary>What one posted message is, as the figures group them.</summary>
internal enum ReferralKind
{
    /// <summary>A new referral, the Word form attached.</summary>
    Docx,

    /// <summary>A new referral, the form's fields typed into the e-mail.</summary>
    Body,

    /// <summary>A form with a mistake in it, which intake must refuse with 422 and the problems.</summary>
    Invalid,

    /// <summary>The very same message as one sent earlier, which must get the earlier one's reference and no second review.</summary>
    Duplicate,
}

/// <summary>
/// The mix, in a repeating run of ten: four Word forms and four typed forms (alternating the two sample referrers),
/// one form with a mistake and one exact repeat of an earlier message. Fixed rather than random, so two runs post the
/// same messages in the same order.
/// </summary>
internal static class ReferralMix
{
    private static readonly ReferralKind[] Round =
    [
        ReferralKind.Docx, ReferralKind.Body, ReferralKind.Docx, ReferralKind.Body, ReferralKind.Invalid,
        ReferralKind.Docx, ReferralKind.Body, ReferralKind.Docx, ReferralKind.Body, ReferralKind.Duplicate,
    ];

    public static ReferralKind KindOf(int slot) => Round[slot % Round.Length];

    public static string Name(ReferralKind kind) => kind.ToString().ToLowerInvariant();
}
