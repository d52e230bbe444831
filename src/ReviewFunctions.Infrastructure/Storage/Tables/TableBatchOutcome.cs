using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// What a batch did. The service answers 202 even when the changeset failed; the failure is the one inner
/// response with a 4xx/5xx status, whose error message starts with the failing operation's index.
/// </summary>
internal sealed partial record TableBatchOutcome(int Status, string? ErrorCode, int? FailedIndex)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static TableBatchOutcome Parse(string body)
    {
        var statuses = StatusLine().Matches(body);
        foreach (Match status in statuses)
        {
            var code = int.Parse(status.Groups["code"].Value, CultureInfo.InvariantCulture);
            if (code >= 300)
            {
                var (errorCode, index) = ReadError(body, status.Index);
                return new TableBatchOutcome(code, errorCode, index);
            }
        }

        return statuses.Count > 0
            ? new TableBatchOutcome(204, null, null)
            : new TableBatchOutcome(500, "UnreadableBatchResponse", null);
    }

    private static (string? Code, int? Index) ReadError(string body, int from)
    {
        var start = body.IndexOf('{', from);
        var end = start < 0 ? -1 : body.IndexOf("\n--", start, StringComparison.Ordinal);
        if (start < 0)
        {
            return (null, null);
        }

        var json = (end < 0 ? body[start..] : body[start..end]).Trim();
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("odata.error", out var error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
            var index = message is not null && IndexPrefix().Match(message) is { Success: true } match
                ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture)
                : (int?)null;
            return (code, index);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    [GeneratedRegex(@"^HTTP/1\.1 (?<code>\d{3})", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^(?<index>\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPrefix();
}
