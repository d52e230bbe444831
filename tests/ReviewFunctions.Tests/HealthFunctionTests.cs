using System.Net;
using System.Reflection;
using System.Text.Json;
using ReviewFunctions.Health;
using ReviewFunctions.Tests.Doubles;

namespace ReviewFunctions.Tests;

/// <summary><c>GET /api/health</c>: how it is bound, and what it answers.</summary>
public sealed class HealthFunctionTests
{
    private static readonly MethodInfo Run = typeof(HealthFunction).GetMethod(nameof(HealthFunction.Run))!;

    [Fact]
    public void It_is_the_function_named_Health()
    {
        var function = Assert.Single(Run.GetCustomAttributesData(),
            a => a.AttributeType.FullName == "Microsoft.Azure.Functions.Worker.FunctionAttribute");

        Assert.Equal("Health", Assert.Single(function.ConstructorArguments).Value);
    }

    [Fact]
    public void It_answers_anonymous_GET_requests_on_the_route_health()
    {
        var request = Assert.Single(Run.GetParameters());
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
    }

    [Fact]
    public async Task A_GET_answers_200_with_the_health_report_as_utf8_json()
    {
        var request = new StubHttpRequestData(new StubFunctionContext(), "GET", new Uri("http://localhost:7071/api/health"));

        var response = await new HealthFunction().Run(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HealthReport.ContentType, Assert.Single(response.Headers.GetValues("Content-Type")));
        response.Body.Position = 0;
        using var json = await JsonDocument.ParseAsync(response.Body);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ReviewFunctions", json.RootElement.GetProperty("service").GetString());
        Assert.Equal(HealthReport.Current.Version, json.RootElement.GetProperty("version").GetString());
    }
}
