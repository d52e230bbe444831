using System.Net.Mail;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>Members are compared by e-mail address, the way SharePoint and Entra ID match people: trimmed, case-insensitive.</summary>
public static class CaseFileMembers
{
    /// <summary>Distinct lower-case addresses, sorted, so two lists of the same people compare equal.</summary>
    /// <exception cref="ArgumentException">An entry is not an e-mail address.</exception>
    public static IReadOnlyList<string> Normalise(IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var trimmed = member?.Trim();
            if (trimmed is null || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
            {
                throw new ArgumentException("Every case-file member must be given by e-mail address.", nameof(members));
            }

            result.Add(trimmed.ToLowerInvariant());
        }

        return [.. result];
    }

    public static string Normalise(string member) => member.Trim().ToLowerInvariant();
}
