using System.Globalization;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The domain an e-mail address delivers to, in one comparable form: lower case, international names in their
/// ASCII (punycode) spelling. Only a bare address as a person types it has a domain here. Anything else (a display
/// name, angle brackets, quotes, comments, a domain literal, two @ signs, a trailing dot, a percent or bang route, a
/// name that changes when read as an international domain name) has none, so whoever decides with it fails closed:
/// an address whose domain cannot be told for certain is never taken to be inside the partnership.
/// </summary>
public static class MailDomain
{
    private const int MaxAddressLength = 254;
    private const int MaxLocalPartLength = 64;
    private const int MaxDomainLength = 253;
    private const int MaxLabelLength = 63;

    /// <summary>Characters an unquoted local part may hold (RFC 5322 atext), less the percent and bang of old relay routes.</summary>
    private const string LocalPartSymbols = "#$&'*+/=?^_`{|}~-";

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    /// <summary>The address's domain, or null when the text is not a bare address with a domain this can be sure of.</summary>
    public static string? Of(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > MaxAddressLength)
        {
            return null;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || !IsLocalPart(address[..at]))
        {
            return null;
        }

        return Normalise(address[(at + 1)..]);
    }

    /// <summary>
    /// A domain name in its comparable form, or null when it is not one: at least two labels of letters, digits and
    /// inner hyphens, no empty label, no trailing dot, not an IP address, and (for an international name) already
    /// written as it will be read, so that look-alike characters folded by the mapping cannot pass as another name.
    /// </summary>
    public static string? Normalise(string? domain)
    {
        if (string.IsNullOrEmpty(domain) || domain.Length > MaxDomainLength || domain.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        // The mapping leaves plain ASCII as it is, so case is folded first.
        var asWritten = domain.ToLowerInvariant();
        string ascii;
        string unicode;
        try
        {
            ascii = Idn.GetAscii(asWritten);
            unicode = Idn.GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!string.Equals(asWritten, ascii, StringComparison.Ordinal) && !string.Equals(asWritten, unicode, StringComparison.Ordinal))
        {
            return null;
        }

        var labels = ascii.Split('.');
        return labels.Length >= 2 && labels.All(IsLabel) && !labels[^1].All(char.IsAsciiDigit) ? ascii : null;
    }

    private static bool IsLocalPart(string local) =>
        local.Length <= MaxLocalPartLength
        && local[0] != '.'
        && local[^1] != '.'
        && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || LocalPartSymbols.Contains(c, StringComparison.Ordinal));

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= MaxLabelLength
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
