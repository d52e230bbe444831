using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace ReviewFunctions.Bench.ReviewLife;

/// <summary>The local host over HTTP, timing every answer.</summary>
internal sealed class HostClient(Uri url) : IDisposable
{
    /// <summary>A clock advance returns only when everything due on the way is done, which can take minutes.</summary>
    private readonly HttpClient http = new() { BaseAddress = url, Timeout = TimeSpan.FromMinutes(30) };

    public Uri Url => url;

    public Timings Timings { get; } = new();

    public async Task<HostAnswer> GetAsync(Timing timing, string path) => await SendAsync(timing, HttpMethod.Get, path, null);

    public async Task<HostAnswer> PostAsync(Timing timing, string path, string body) => await SendAsync(timing, HttpMethod.Post, path, body);

    public void Dispose() => http.Dispose();

    private async Task<HostAnswer> SendAsync(Timing timing, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Timings.Add(timing, watch.Elapsed);
        return new HostAnswer((int)response.StatusCode, text);
    }
}

internal sealed record HostAnswer(int Status, string Body)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);

    /// <summary>A refusal's problem+json detail: words about steps and references, never the referral's contents.</summary>
    public string Problem => Succeeded ? string.Empty
        : Body.StartsWith('{') && Json.TryGetProperty("detail", out var detail) ? $"{Status}: {detail.GetString()}"
        : $"{Status}";
}
