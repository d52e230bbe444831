using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>JSON for API answers: camelCase, nulls left out, typographic characters kept readable.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ApiResponse Ok<T>(T value, int status = 200) => new(status, ApiResponse.Json, JsonSerializer.Serialize(value, Options));
}
