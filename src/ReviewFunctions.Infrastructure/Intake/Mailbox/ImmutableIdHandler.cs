namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Asks Graph for immutable message ids on every request: moving a message to another folder otherwise changes its id,
/// and the reader replies to and moves messages by id.
/// </summary>
internal sealed class ImmutableIdHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("Prefer", "IdType=\"ImmutableId\"");
        return base.SendAsync(request, cancellationToken);
    }
}
