using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ReviewFunctions.Bench.Running;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// The local host over HTTP, timing every answer. Each request acts as one of the Board's people, named by their key,
/// with the <c>X-MS-CLIENT-PRINCIPAL</c> header the host believes from this computer.
/// </summary>
internal sealed class HostClient(Uri url, BoardPeople people) : IDisposable
{
    /// <summary>A clock advance returns only when everything due on the way is done, which can take minutes.</summary>
    private readonly HttpClient http = new() { BaseAddress = url, Timeout = TimeSpan.FromMinutes(30) };

    public Uri Url => url;

    public Timings Timings { get; } = new();

    /// <param name="person">The Board person asking; null for what anyone may ask, the host's health.</param>
    public async Task<HostAnswer> GetAsync(Timing timing, string path, string? person) => await SendAsync(timing, HttpMethod.Get, path, null, person);

    public async Task<HostAnswer> PostAsync(Timing timing, string path, string body, string person) => await SendAsync(timing, HttpMethod.Post, path, body, person);

    public void Dispose() => http.Dispose();

    private async Task<HostAnswer> SendAsync(Timing timing, HttpMethod method, string path, string? body, string? person)
    {
        using var request = new HttpRequestMessage(method, path);
        if (person is not null)
        {
            var caller = people.Find(person)?.Caller ?? throw new BenchFailedException($"The Board file has nobody with the key '{person}'.");
            request.Headers.Add(ClientPrincipal.Header, ClientPrincipal.Encode(caller));
        }

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
