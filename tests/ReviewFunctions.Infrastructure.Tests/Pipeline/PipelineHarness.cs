using System.Net;
using Azure.Core.Pipeline;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Pipeline;

/// <summary>Storage adapters wired to an in-memory endpoint that answers from a script, one response per request.</summary>
internal sealed class PipelineHarness
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public PipelineHarness(
        StorageConnection? connection = null,
        TimeProvider? time = null,
        int maxRetries = 3,
        FakeTokenCredential? credential = null,
        TimeSpan? networkTimeout = null)
    {
        Handler = new CapturingHandler((_, ct) =>
            _script.Count > 0 ? _script.Dequeue()(ct) : Task.FromResult(CapturingHandler.Status(HttpStatusCode.NoContent)));
        Storage = ReviewStorage.Create(
            connection ?? StorageConnection.FromConnectionString("AccountName=acct;AccountKey=a2V5;"),
            new StorageOptions
            {
                Transport = new HttpClientTransport(new HttpClient(Handler)),
                TimeProvider = time ?? TimeProvider.System,
                Credential = credential,
                NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(100),
                Retry = new StorageRetryOptions { MaxRetries = maxRetries, Delay = Delay.Wait },
            });
    }

    public CapturingHandler Handler { get; }

    public RecordingDelay Delay { get; } = new();

    public ReviewStorage Storage { get; }

    public PipelineHarness Then(Func<CancellationToken, Task<HttpResponseMessage>> response)
    {
        _script.Enqueue(response);
        return this;
    }

    public PipelineHarness Then(Func<HttpResponseMessage> response) => Then(_ => Task.FromResult(response()));

    public PipelineHarness Then(HttpStatusCode status, string? errorCode = null, params (string Name, string Value)[] headers) =>
        Then(() =>
        {
            var response = CapturingHandler.Status(status, errorCode);
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
}
