using System.Net;
using Microsoft.AspNetCore.Http;

namespace ReviewFunctions.Local.Dashboard.Security;

/// <summary>Checks on who is asking, made before any review data is read or any form is acted on.</summary>
public static class RequestChecks
{
    /// <summary>
    /// The host listens on loopback only, but a web page elsewhere could rebind its own name to 127.0.0.1 and read the
    /// answers as its own. Such a request still names the other site in Host, so only loopback names are served.
    /// </summary>
    public static bool IsLoopbackHost(HttpRequest request)
    {
        var host = request.Host.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>
    /// A form post must come from our own pages. Browsers say where a request comes from in Sec-Fetch-Site, and in
    /// Origin unless the referrer policy hides it (ours does, so a same-site post says "null"); any other origin is refused.
    /// </summary>
    public static bool IsFromOurPages(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || origin == "null"
            || string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }
}
