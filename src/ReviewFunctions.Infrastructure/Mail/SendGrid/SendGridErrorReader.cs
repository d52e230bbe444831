using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Mail;

/// <summary>
/// Reads SendGrid's <c>{"errors": [{"message", "field", "help"}]}</c>. Some of its messages quote the address at fault
/// ("You have included [address] more than once"), so addresses are taken out: the reasons go into exceptions and logs.
/// </summary>
internal static partial class SendGridErrorReader
{
    public static async Task<IReadOnlyList<SendGridErrorDetail>> ReadAsync(HttpContent body, CancellationToken ct)
    {
        try
        {
            using var json = JsonDocument.Parse(await body.ReadAsStringAsync(ct).ConfigureAwait(false));
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? [.. errors.EnumerateArray().Select(e => new SendGridErrorDetail(WithoutAddresses(Text(e, "message")), Text(e, "field"), Text(e, "help")))]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? WithoutAddresses(string? message) => message is null ? null : Address().Replace(message, "an address");

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"[^\s""'<>()\[\],;:]+@[^\s""'<>()\[\],;:]+")]
    private static partial Regex Address();
}
