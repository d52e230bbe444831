using System.Net;
using Microsoft.AspNetCore.Http;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Access;

namespace ReviewFunctions.Local.SignIn;

/// <summary>
/// Who a local request comes from: the same <c>X-MS-CLIENT-PRINCIPAL</c> header App Service Authentication sets in
/// Azure (accepted from this computer only), or the person chosen in the dashboard's "signed in as" picker.
/// </summary>
public static class SignedInCaller
{
    /// <summary>The picker's choice: a Board person's key, strictly same-site so no other site's page can use it.</summary>
    public const string Cookie = "rf-signed-in-as";

    private static readonly object ItemKey = new();

    public static Caller? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var caller) ? caller as Caller : null;

    public static Caller Required(HttpContext http) =>
        Of(http) ?? throw new InvalidOperationException("The sign-in gate lets no request through to this route without a caller.");

    /// <summary>The caller, or why the header cannot be used; null and null when nobody is signed in.</summary>
    public static (Caller? Caller, string? Problem) Resolve(HttpContext http, BoardPeople people)
    {
        var header = http.Request.Headers[ClientPrincipal.Header].ToString();
        if (header.Length > 0)
        {
            return http.Connection.RemoteIpAddress is { } from && IPAddress.IsLoopback(from)
                ? ClientPrincipal.Read(header)
                : (null, $"{ClientPrincipal.Header} is accepted only from this computer.");
        }

        return (people.Find(http.Request.Cookies[Cookie])?.Caller, null);
    }

    internal static void Set(HttpContext http, Caller? caller)
    {
        if (caller is not null)
        {
            http.Items[ItemKey] = caller;
        }
    }
}
