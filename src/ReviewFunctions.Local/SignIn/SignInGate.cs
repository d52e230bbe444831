using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Dashboard;
using ReviewFunctions.Local.Dashboard.Security;

namespace ReviewFunctions.Local.SignIn;

/// <summary>
/// The local host's App Service Authentication: every request is matched to its route's entry in
/// <see cref="LocalRouteAccess.All"/> and let through only if the signed-in caller holds a role it needs. An API
/// caller without a sign-in gets 401, a page visitor the sign-in picker; a route with no entry is refused outright.
/// A page refused is answered with a page that says why; an API call, with a problem.
/// API writes must be JSON from this origin or from no browser at all, so no other site's form can post one.
/// </summary>
public sealed class SignInGate(BoardPeople people)
{
    private static readonly FrozenDictionary<string, RouteAccess> Routes = LocalRouteAccess.All.ToFrozenDictionary(r => Key(r.Method, r.Path), StringComparer.Ordinal);

    public static RouteAccess? RouteOf(Endpoint endpoint)
    {
        if (endpoint is not RouteEndpoint route || endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods)
        {
            return null;
        }

        var path = route.RoutePattern.RawText ?? string.Empty;
        path = path.Length > 1 ? path.TrimEnd('/') : "/";
        return methods.HttpMethods.Select(m => Routes.GetValueOrDefault(Key(m, path.StartsWith('/') ? path : "/" + path))).FirstOrDefault(r => r is not null);
    }

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is null)
        {
            await next(http);
            return;
        }

        var answer = Check(http, endpoint);
        if (answer is null)
        {
            await next(http);
            return;
        }

        await answer.ExecuteAsync(http);
    }

    private IResult? Check(HttpContext http, Endpoint endpoint)
    {
        var api = IsApi(http.Request.Path);
        var route = RouteOf(endpoint);
        if (route is null)
        {
            return Refuse(http, api, Problems.Of(500, "This route has no access rule", "Every route needs an entry in the access table; this one has none, so it is closed."));
        }

        if (http.Request.Path.StartsWithSegments("/api") && IsWrite(http.Request.Method) && WriteRefusal(http.Request) is { } refused)
        {
            return Refuse(http, api, refused);
        }

        var (caller, problem) = SignedInCaller.Resolve(http, people);
        SignedInCaller.Set(http, caller);
        if (route.Anonymous)
        {
            return null;
        }

        if (caller is null && !api && problem is null)
        {
            return new SeeOtherResult($"{DashboardPaths.SignIn}?then={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}");
        }

        return AccessGate.Check(route, caller, problem) is { } refusal ? Refuse(http, api, refusal) : null;
    }

    /// <summary>A cross-site form can post only form or plain-text bodies, and only with its own Origin.</summary>
    private static ApiResponse? WriteRefusal(HttpRequest request)
    {
        if (!RequestChecks.IsFromOurPages(request))
        {
            return Problems.Forbidden("The API does not take writes from other sites' pages.");
        }

        if (HttpMethods.IsDelete(request.Method))
        {
            return null;
        }

        var type = request.ContentType ?? string.Empty;
        return type.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase)
            ? null
            : Problems.Of(415, "Send JSON", $"Writes to the API must be Content-Type: application/json; this request sent {(type.Length == 0 ? "no Content-Type" : type.Split(';')[0])}. Nothing was recorded.");
    }

    private static IResult Refuse(HttpContext http, bool api, ApiResponse problem) =>
        api ? Results.Text(problem.Body, problem.ContentType, statusCode: problem.Status) : RefusedPage.Of(http, problem);

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/runtime") || path.StartsWithSegments("/v3");

    private static bool IsWrite(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static string Key(string method, string path) => method.ToUpperInvariant() + " " + path;
}
