using Microsoft.AspNetCore.Http;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>What a person typed into a form, kept so a refused form comes back exactly as they left it.</summary>
public sealed class FormValues
{
    private readonly IReadOnlyDictionary<string, string> values;

    private FormValues(IReadOnlyDictionary<string, string> values) => this.values = values;

    public static FormValues None { get; } = new(new Dictionary<string, string>());

    public static FormValues From(IFormCollection form) =>
        new(form.Where(f => f.Key != Security.FormToken.FieldName).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));

    public static FormValues Of(IReadOnlyDictionary<string, string> values) => new(values);

    public string Get(string name) => values.GetValueOrDefault(name) ?? string.Empty;

    /// <summary>The value without the spaces people leave at either end; null when nothing was typed.</summary>
    public string? Trimmed(string name)
    {
        var value = Get(name).Trim();
        return value.Length == 0 ? null : value;
    }
}
