using Microsoft.Azure.Functions.Worker.Http;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Reviews;

namespace ReviewFunctions.Http;

/// <summary>
/// Every HTTP function goes through here: App Service Authentication has signed the caller in and put them in
/// <c>X-MS-CLIENT-PRINCIPAL</c>; the route's entry in <see cref="ApiRoutes"/> says which roles it needs.
/// </summary>
public static class SignedIn
{
    public static async Task<HttpResponseData> AnswerAsync(HttpRequestData request, RouteAccess route, Func<Caller, Task<ApiResponse>> answer)
    {
        var refusal = AccessGate.Check(route, PrincipalHeader(request), out var caller);
        return await HttpAnswers.WriteAsync(request, refusal ?? await answer(caller!));
    }

    /// <summary>The same, for a route that answers with a file.</summary>
    public static async Task<HttpResponseData> AnswerFileAsync(HttpRequestData request, RouteAccess route, Func<Caller, Task<(ApiDownload? File, ApiResponse? Refusal)>> answer)
    {
        var refusal = AccessGate.Check(route, PrincipalHeader(request), out var caller);
        return refusal is not null ? await HttpAnswers.WriteAsync(request, refusal) : await HttpAnswers.WriteAsync(request, await answer(caller!));
    }

    public static string? PrincipalHeader(HttpRequestData request) =>
        request.Headers.TryGetValues(ClientPrincipal.Header, out var values) ? values.FirstOrDefault() : null;
}
