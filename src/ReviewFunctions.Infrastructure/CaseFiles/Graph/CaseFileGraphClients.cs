using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>The Graph SDK client and the plain SharePoint REST client, both behind the observable throttling retry.</summary>
internal static class CaseFileGraphClients
{
    /// <summary>The Graph client and the HttpClient under it, which the caller disposes: Graph does not own a client it was given.</summary>
    public static (GraphServiceClient Graph, HttpClient Http) Graph(SharePointCaseFileOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new ThrottlingRetryHandler(options.Retry, options.TimeProvider);
        var kiotaRetry = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (kiotaRetry >= 0)
        {
            handlers[kiotaRetry] = retry;
        }
        else
        {
            handlers.Insert(0, retry);
        }

        var http = GraphClientFactory.Create(handlers, finalHandler: new SocketsHttpHandler { AllowAutoRedirect = false });
        var baseUrl = options.GraphBaseUrl;
        var authentication = new AzureIdentityAuthenticationProvider(
            options.Credential,
            [baseUrl.Host],
            observabilityOptions: null,
            isCaeEnabled: false,
            $"{baseUrl.Scheme}://{baseUrl.Authority}/.default");
        return (new GraphServiceClient(http, authentication, baseUrl.AbsoluteUri.TrimEnd('/')), http);
    }

    public static HttpClient SharePointRest(SharePointCaseFileOptions options) =>
        new(new ThrottlingRetryHandler(options.Retry, options.TimeProvider) { InnerHandler = new SocketsHttpHandler() });
}
