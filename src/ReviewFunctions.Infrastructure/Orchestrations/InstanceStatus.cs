using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Infrastructure.Orchestrations;

/// <summary>
/// One instance as the Durable Functions instance-management API writes it, field for field, so a script that reads
/// Azure's answer reads ours. The shape follows the extension's own conversion (HttpApiHandler.ConvertFrom and
/// DurableClient.ParseToJToken in Azure/azure-functions-durable-extension): every field is present, null included;
/// input, custom status and output are embedded as JSON when they are JSON and as a string when not; times are UTC to
/// the second.
/// </summary>
internal sealed record InstanceStatus(
    string Name,
    string InstanceId,
    string RuntimeStatus,
    JsonElement? Input,
    JsonElement? CustomStatus,
    JsonElement? Output,
    string CreatedTime,
    string LastUpdatedTime)
{
    /// <summary>The API's camelCase names, but nulls written out: Durable Functions writes <c>"output": null</c>.</summary>
    public static readonly JsonSerializerOptions Json = new(ApiJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static InstanceStatus Of(ReviewOrchestration orchestration) => new(
        orchestration.Name,
        orchestration.InstanceId,
        orchestration.RuntimeStatus.ToString(),
        Embed(orchestration.InputJson),
        Embed(orchestration.CustomStatusJson),
        OutputOf(orchestration),
        Time(orchestration.CreatedTime),
        Time(orchestration.LastUpdatedTime));

    /// <summary>
    /// The Durable Functions docs (instance management, "Output") say a failed instance's output holds its failure
    /// details and a terminated one's the reason. The engine stores both as the output, and Durable Functions shows that
    /// stored output; only when an engine keeps the failure apart and leaves the output empty is it written here.
    /// </summary>
    private static JsonElement? OutputOf(ReviewOrchestration orchestration) =>
        Embed(orchestration.OutputJson)
        ?? (orchestration is { RuntimeStatus: ReviewRuntimeStatus.Failed, Failure: { } failure }
            ? JsonSerializer.SerializeToElement($"{failure.ErrorType}: {failure.ErrorMessage}")
            : null);

    private static JsonElement? Embed(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return JsonSerializer.SerializeToElement(string.Empty);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // A termination reason is usually plain text; Durable Functions shows it as a string rather than failing.
            return JsonSerializer.SerializeToElement(text);
        }
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
