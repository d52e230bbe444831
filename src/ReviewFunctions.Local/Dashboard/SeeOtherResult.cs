using Microsoft.AspNetCore.Http;

namespace ReviewFunctions.Local.Dashboard;

/// <summary>303 See Other: the browser fetches the page with GET, whatever the method of the request it answers.</summary>
public sealed class SeeOtherResult(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
