// Hand-written test doubles of the real isolated-worker types (Microsoft.Azure.Functions.Worker.Core).
// Shapes follow Azure/azure-functions-dotnet-worker src/DotNetWorker.Core/Context/FunctionContext.cs
// and src/DotNetWorker.Core/Http/{HttpRequestData,HttpResponseData}.cs, and the worker's own
// test/TestFunctionContext; members these tests do not need throw.

using System.Collections.Specialized;
using System.Net;
using System.Security.Claims;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace ReviewFunctions.Tests.Doubles;

internal sealed class StubFunctionContext : FunctionContext
{
    public override string InvocationId { get; } = "test-invocation";

    public override string FunctionId { get; } = "test-function";

    public override TraceContext TraceContext => throw NotNeeded();

    public override BindingContext BindingContext => throw NotNeeded();

    public override RetryContext RetryContext => throw NotNeeded();

    public override IServiceProvider InstanceServices { get; set; } = new NoServices();

    public override FunctionDefinition FunctionDefinition => throw NotNeeded();

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw NotNeeded();

    public override CancellationToken CancellationToken => CancellationToken.None;

    internal static NotSupportedException NotNeeded() => new("not needed by these tests");

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}

internal sealed class StubHttpRequestData(FunctionContext functionContext, string method, Uri url)
    : HttpRequestData(functionContext)
{
    public override Stream Body { get; } = Stream.Null;

    public override HttpHeadersCollection Headers { get; } = new();

    public override IReadOnlyCollection<IHttpCookie> Cookies { get; } = [];

    public override Uri Url { get; } = url;

    public override IEnumerable<ClaimsIdentity> Identities { get; } = [];

    public override string Method { get; } = method;

    public override NameValueCollection Query { get; } = new();

    public override HttpResponseData CreateResponse() => new StubHttpResponseData(FunctionContext);
}

internal sealed class StubHttpResponseData(FunctionContext functionContext) : HttpResponseData(functionContext)
{
    public override HttpStatusCode StatusCode { get; set; }

    public override HttpHeadersCollection Headers { get; set; } = new();

    public override Stream Body { get; set; } = new MemoryStream();

    public override HttpCookies Cookies => throw StubFunctionContext.NotNeeded();
}
