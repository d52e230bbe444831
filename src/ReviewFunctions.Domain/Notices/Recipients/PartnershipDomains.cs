namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The e-mail domains of the partnership's own organisations (the Board, the council, the police, health…). An address
/// is inside the partnership only when its domain is one of them or a subdomain of one
/// (<c>x@sub.westbridge-council.example</c> is inside with <c>westbridge-council.example</c>); nothing else is, not a
/// name that merely ends the same way (<c>evil-westbridge-council.example</c>), and not an address that is malformed
/// (see <see cref="MailDomain"/>). With no domains set, nobody is inside and every notice is anonymised.
/// </summary>
public sealed class PartnershipDomains
{
    /// <summary>
    /// Shared UK second-level names under which anyone can hold a domain: listing one would put every council, trust,
    /// school or company beneath it (and Ofsted's and the DfE's own mailboxes, under gov.uk) inside the partnership.
    /// </summary>
    private static readonly HashSet<string> SharedNames =
        ["ac.uk", "co.uk", "gov.uk", "ltd.uk", "me.uk", "mod.uk", "net.uk", "nhs.uk", "org.uk", "plc.uk", "police.uk", "sch.uk"];

    private readonly IReadOnlyList<string> domains;

    private PartnershipDomains(IReadOnlyList<string> domains) => this.domains = domains;

    public static PartnershipDomains None { get; } = new([]);

    /// <summary>The domains in their comparable form (lower case, international names in ASCII).</summary>
    public IReadOnlyList<string> Domains => domains;

    /// <exception cref="ArgumentException">A domain is not one a Board can list; the message says which and why.</exception>
    public static PartnershipDomains Of(IEnumerable<string> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var list = new List<string>();
        foreach (var domain in written)
        {
            var problem = Problem(domain);
            if (problem is not null)
            {
                throw new ArgumentException($"'{domain}' {problem}", nameof(written));
            }

            list.Add(MailDomain.Normalise(domain.Trim())!);
        }

        return new PartnershipDomains([.. list.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Why a Board cannot list this domain, in words to finish "'x' …", or null when it can.</summary>
    public static string? Problem(string? written)
    {
        var text = written?.Trim() ?? string.Empty;
        if (text.Contains('@', StringComparison.Ordinal))
        {
            return "is not a domain: write only what follows the @ of an address, such as westbridge-council.example";
        }

        if (text.StartsWith("*.", StringComparison.Ordinal))
        {
            return "needs no '*.': a domain already takes in its subdomains";
        }

        if (text.EndsWith('.'))
        {
            return "ends with a dot: write the domain without it";
        }

        var domain = MailDomain.Normalise(text);
        if (domain is null)
        {
            return "is not a domain name with at least two parts, such as westbridge-council.example";
        }

        return SharedNames.Contains(domain)
            ? "is shared by organisations outside the partnership: list each partner's own domain beneath it instead"
            : null;
    }

    /// <summary>Whether mail to this address stays inside the partnership; false for anything malformed.</summary>
    public bool Includes(string? address)
    {
        var domain = MailDomain.Of(address);
        return domain is not null && domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }
}
