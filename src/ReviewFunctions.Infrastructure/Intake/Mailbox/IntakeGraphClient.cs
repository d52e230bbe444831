using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// A Graph client for the intake mailbox: the SDK's default middleware (whose retry handler honours 429/503 with
/// Retry-After, and backs off when there is none), immutable ids, and an app-only token from the given credential.
/// </summary>
public static class IntakeGraphClient
{
    public static readonly Uri GraphV1 = new("https://graph.microsoft.com/v1.0");

    /// <param name="baseUrl">Graph's root, e.g. <see cref="GraphV1"/>; tests point it at a local fake.</param>
    /// <param name="transport">The innermost handler, for tests; by default the platform's.</param>
    public static GraphServiceClient Create(TokenCredential credential, Uri? baseUrl = null, HttpMessageHandler? transport = null, int maxRetries = 5)
    {
        ArgumentNullException.ThrowIfNull(credential);
        baseUrl ??= GraphV1;
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.OfType<Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler>().FirstOrDefault();
        if (retry is not null)
        {
            handlers[handlers.IndexOf(retry)] = new Microsoft.Kiota.Http.HttpClientLibrary.Middleware.RetryHandler(new RetryHandlerOption { MaxRetry = maxRetries });
        }

        handlers.Add(new ImmutableIdHandler());
        var http = GraphClientFactory.Create(handlers, finalHandler: transport);
        var authentication = new AzureIdentityAuthenticationProvider(credential, [baseUrl.Host], scopes: ["https://graph.microsoft.com/.default"]);
        return new GraphServiceClient(http, authentication, baseUrl.ToString().TrimEnd('/'));
    }
}
