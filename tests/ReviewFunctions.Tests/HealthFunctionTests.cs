using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewFunctions.Health;
using ReviewFunctions.Infrastructure.Health;
using ReviewFunctions.Tests.Doubles;
using ReviewFunctions.Tests.Support;

namespace ReviewFunctions.Tests;

/// <summary>
/// <c>GET /api/health</c>: how it is bound, and what it answers, with the task hub checked over a Durable client of the
/// real Durable Task engine (in memory).
/// </summary>
public sealed class HealthFunctionTests
{
    private const string Secret = "AccountName=stboardprod;AccountKey=c2VjcmV0LWtleQ==";

    private static readonly MethodInfo Run = typeof(HealthFunction).GetMethod(nameof(HealthFunction.Run))!;

    [Fact]
    public void It_is_the_function_named_Health()
    {
        var function = Assert.Single(Run.GetCustomAttributesData(),
            a => a.AttributeType.FullName == "Microsoft.Azure.Functions.Worker.FunctionAttribute");

        Assert.Equal("Health", Assert.Single(function.ConstructorArguments).Value);
    }

    [Fact]
    public void It_answers_anonymous_GET_requests_on_the_route_health_with_a_Durable_client_for_the_task_hub()
    {
        var parameters = Run.GetParameters();
        Assert.Equal(2, parameters.Length);
        var request = parameters[0];
        var trigger = Assert.Single(request.GetCustomAttributesData(),
            a => a.AttributeType.FullName == "Microsoft.Azure.Functions.Worker.HttpTriggerAttribute");

        Assert.Equal("Microsoft.Azure.Functions.Worker.Http.HttpRequestData", request.ParameterType.FullName);
        Assert.Equal(2, trigger.ConstructorArguments.Count);
        var authLevel = trigger.ConstructorArguments[0];
        Assert.Equal("Microsoft.Azure.Functions.Worker.AuthorizationLevel", authLevel.ArgumentType.FullName);
        Assert.Equal("Anonymous", Enum.GetName(authLevel.ArgumentType, authLevel.Value!));
        var methods = Assert.IsAssignableFrom<IReadOnlyCollection<CustomAttributeTypedArgument>>(trigger.ConstructorArguments[1].Value);
        Assert.Equal(["get"], methods.Select(m => (string)m.Value!));
        var route = Assert.Single(trigger.NamedArguments);
        Assert.Equal(("Route", "health"), (route.MemberName, (string?)route.TypedValue.Value));
        Assert.Contains(parameters[1].GetCustomAttributesData(), a => a.AttributeType.FullName == "Microsoft.Azure.Functions.Worker.DurableClientAttribute");
    }

    [Fact]
    public async Task With_every_dependency_passing_a_GET_answers_200_with_the_report_as_utf8_json_never_cached()
    {
        await using var engine = await InProcessEngine.StartAsync(_ => { });

        var (response, json) = await GetAsync(engine, new FixedCheck("storage", DependencyStatus.Ok));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HealthReport.ContentType, Assert.Single(response.Headers.GetValues("Content-Type")));
        Assert.Equal("no-store", Assert.Single(response.Headers.GetValues("Cache-Control")));
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal("ReviewFunctions", json.GetProperty("service").GetString());
        Assert.Equal(HealthReport.AppVersion, json.GetProperty("version").GetString());
        Assert.Equal("ok", json.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("ok", json.GetProperty("checks").GetProperty("taskhub").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_failing_dependency_answers_503_naming_it_and_nothing_of_its_exception()
    {
        await using var engine = await InProcessEngine.StartAsync(_ => { });

        var (response, json) = await GetAsync(engine, new ThrowingCheck("storage", new InvalidOperationException(Secret)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("failing", json.GetProperty("status").GetString());
        var storage = json.GetProperty("checks").GetProperty("storage");
        Assert.Equal(("failing", "unavailable"), (storage.GetProperty("status").GetString(), storage.GetProperty("reason").GetString()));
        Assert.Equal("ok", json.GetProperty("checks").GetProperty("taskhub").GetProperty("status").GetString());
        Assert.DoesNotContain("stboardprod", json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWtleQ", json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_task_hub_has_stopped_the_answer_is_503_naming_the_task_hub()
    {
        var engine = await InProcessEngine.StartAsync(_ => { });
        await engine.DisposeAsync();

        var (response, json) = await GetAsync(engine);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("failing", json.GetProperty("checks").GetProperty("taskhub").GetProperty("status").GetString());
    }

    private static async Task<(StubHttpResponseData Response, JsonElement Json)> GetAsync(DurableTaskTestHost engine, params IDependencyCheck[] checks)
    {
        var health = new HealthChecks(checks, NullLogger<HealthChecks>.Instance) { Timeout = TimeSpan.FromSeconds(2) };
        var request = new StubHttpRequestData(new StubFunctionContext(), "GET", new Uri("http://localhost:7071/api/health"));

        var response = (StubHttpResponseData)await new HealthFunction(health).Run(request, engine.Client);

        response.Body.Position = 0;
        using var json = await JsonDocument.ParseAsync(response.Body);
        return (response, json.RootElement.Clone());
    }

    private sealed class FixedCheck(string name, DependencyStatus status) : IDependencyCheck
    {
        public string Name => name;

        public Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(status);
    }

    private sealed class ThrowingCheck(string name, Exception exception) : IDependencyCheck
    {
        public string Name => name;

        public Task<DependencyStatus> CheckAsync(CancellationToken cancellationToken) => Task.FromException<DependencyStatus>(exception);
    }
}
