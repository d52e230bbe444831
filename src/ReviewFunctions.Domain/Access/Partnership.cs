namespace ReviewFunctions.Domain.Access;

/// <summary>
/// The partnership's e-mail domains. An address is inside only when its domain is one of them or below one of them
/// (x@team.westbridge-council.example is inside westbridge-council.example; x@evil-westbridge-council.example is not);
/// anything that is not plainly an address is outside, so a doubt always falls on the guarded side.
/// </summary>
public sealed class Partnership(IEnumerable<string> domains)
{
    private readonly string[] _domains = [.. domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0)];

    public IReadOnlyList<string> Domains => _domains;

    public bool Includes(string? address)
    {
        var domain = DomainOf(address);
        return domain is not null && _domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }

    private static string? DomainOf(string? address)
    {
        var text = address?.Trim();
        var at = text?.LastIndexOf('@') ?? -1;
        if (text is null || at <= 0 || at != text.IndexOf('@', StringComparison.Ordinal) || text.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ','))
        {
            return null;
        }

        var domain = text[(at + 1)..].TrimEnd('.').ToLowerInvariant();
        return domain.Length > 0 && !domain.StartsWith('.') && !domain.Contains("..", StringComparison.Ordinal) ? domain : null;
    }
}
