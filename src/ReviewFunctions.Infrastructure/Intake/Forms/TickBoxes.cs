using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The circumstances list as ticked in Word: <c>[X] b) ...</c>, <c>☒ b) ...</c>, <c>✓ (b) ...</c>, a content-control
/// or legacy check box (rendered as <c>[X]</c>/<c>[ ]</c> by the Word reader), or <c>b) ...</c> with the mark in the next cell.
/// </summary>
internal static partial class TickBoxes
{
    /// <summary>The letter of a circumstances line and whether it is ticked, or null when the line is not one.</summary>
    public static (string Letter, bool Ticked)? Read(string line)
    {
        var m = BoxLine().Match(line);
        if (!m.Success)
        {
            return null;
        }

        var box = m.Groups["box"].Value;
        var ticked = box is not ("☐" or "□") && !EmptyBox().IsMatch(box);
        return (m.Groups["letter"].Value.ToLowerInvariant(), ticked);
    }

    /// <summary>A circumstances item without a box of its own, e.g. <c>b) Potentially life-threatening injury</c>.</summary>
    public static string? Item(string text)
    {
        var m = ItemLine().Match(text);
        return m.Success ? m.Groups["letter"].Value.ToLowerInvariant() : null;
    }

    /// <summary>True when a cell beside an item holds a mark: X, a tick, a checked box, or "yes".</summary>
    public static bool IsMark(string cell) => MarkCell().IsMatch(cell.Trim());

    [GeneratedRegex(@"^\s*(?<box>\[\s*[xX✓✔✗✘*]?\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑☐□✓✔✗✘⊠])\s*\(?(?<letter>[a-eA-E])\s*[).:]", RegexOptions.CultureInvariant)]
    private static partial Regex BoxLine();

    [GeneratedRegex(@"^\[\s*\]$", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyBox();

    [GeneratedRegex(@"^\s*\(?(?<letter>[a-eA-E])\s*[).]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^(?:[xX✓✔☒☑⊠]|\[\s*[xX✓✔]\s*\]|yes|y)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkCell();
}
