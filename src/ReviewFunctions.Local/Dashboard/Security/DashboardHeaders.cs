using Microsoft.AspNetCore.Http;

namespace ReviewFunctions.Local.Dashboard.Security;

/// <summary>The response headers that keep review pages out of caches, other sites' frames and other origins' reach.</summary>
public static class DashboardHeaders
{
    /// <summary>Our pages: no script at all, styles only from our own style sheet, and never inside another page.</summary>
    public const string PagePolicy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    /// <summary>
    /// A stored letter is shown as it was sent, but treated as untrusted: a sandbox with no scripts, forms or
    /// same-origin rights, nothing fetched from anywhere, and framed by our letter page only. Its own inline styles
    /// are allowed because that is how the letter looked; with nothing loadable they cannot carry anything away.
    /// </summary>
    public const string LetterPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>A copy that is not HTML, saved rather than shown: it is never rendered, and a sandbox would forbid the download itself.</summary>
    public const string DownloadPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void ForPage(HttpResponse response)
    {
        Common(response);
        response.Headers.ContentSecurityPolicy = PagePolicy;
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }

    /// <remarks>
    /// No Cross-Origin-Opener-Policy here: browsers refuse to open a sandboxed page that has one, and the letter must
    /// open on its own page too. Its sandbox already gives it an origin of its own.
    /// </remarks>
    public static void ForLetter(HttpResponse response)
    {
        Common(response);
        response.Headers.Remove("Cross-Origin-Opener-Policy");
        response.Headers.ContentSecurityPolicy = LetterPolicy;
        response.Headers.XFrameOptions = "SAMEORIGIN";
    }

    public static void ForDownload(HttpResponse response)
    {
        Common(response);
        response.Headers.ContentSecurityPolicy = DownloadPolicy;
        response.Headers.XFrameOptions = "DENY";
    }

    private static void Common(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        response.Headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
