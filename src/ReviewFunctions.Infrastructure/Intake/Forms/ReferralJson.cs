using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The one JSON shape of a referral: stored as the review's referral document, printed by <c>referral check --json</c>.
/// camelCase, dates <c>yyyy-MM-dd</c>, times <c>HH:mm</c>, nothing written for what the form left empty.
/// </summary>
public static class ReferralJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new ShortTime() },
    };

    public static string Serialize(Referral referral) => JsonSerializer.Serialize(referral, Options);

    public static byte[] SerializeToUtf8Bytes(Referral referral) => JsonSerializer.SerializeToUtf8Bytes(referral, Options);

    public static Referral Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<Referral>(json, Options) ?? throw new JsonException("The referral document is empty.");

    private sealed class ShortTime : JsonConverter<TimeOnly>
    {
        public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeOnly.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString(value.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture));
    }
}
