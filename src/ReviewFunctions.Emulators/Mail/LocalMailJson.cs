using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReviewFunctions.Emulators.Mail;

/// <summary>JSON as SendGrid writes it: lower-case property names, nulls kept (its error list has null fields).</summary>
internal static class LocalMailJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
