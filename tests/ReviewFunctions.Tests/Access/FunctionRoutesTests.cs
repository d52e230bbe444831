using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Tests.Doubles;
using ReviewFunctions.Tests.Support;
using Xunit.Abstractions;

namespace ReviewFunctions.Tests.Access;

/// <summary>
/// The Functions app's HTTP routes against <see cref="ApiRoutes.All"/>, the one table both hosts enforce: in Azure
/// App Service Authentication is the boundary, so every trigger is anonymous to the Functions host, and each must be in
/// the table exactly once and gate on its own entry. Then the gate itself, for every entry and every role.
/// </summary>
public sealed class FunctionRoutesTests
{
    private const string Nobody = "nobody signed in";
    private const string NoRoles = "signed in with no roles";

    public static TheoryData<HttpFunction> HttpFunctions()
    {
        var data = new TheoryData<HttpFunction>();
        foreach (var function in Triggers())
        {
            data.Add(new HttpFunction(function.Name));
        }

        return data;
    }

    public static TheoryData<Entry, string> GateCases()
    {
        var data = new TheoryData<Entry, string>();
        foreach (var route in ApiRoutes.All)
        {
            foreach (var principal in Principals)
            {
                data.Add(new Entry(route), principal);
            }
        }

        return data;
    }

    public static TheoryData<HttpFunction, string> FunctionCases()
    {
        var data = new TheoryData<HttpFunction, string>();
        foreach (var function in Triggers())
        {
            foreach (var principal in Principals)
            {
                data.Add(new HttpFunction(function.Name), principal);
            }
        }

        return data;
    }

    private static IEnumerable<string> Principals => [Nobody, NoRoles, .. BoardRoles.All];

    [Fact]
    public void The_app_has_http_functions_and_the_table_has_routes()
    {
        // Guards the theories below against passing by having nothing to check.
        Assert.True(Triggers().Count >= 7, $"Only {Triggers().Count} HTTP functions were found in {BuildUnderTest.FunctionsAssembly.GetName().Name}.");
        Assert.True(ApiRoutes.All.Count >= 7);
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void Each_http_function_is_anonymous_to_the_functions_host_and_has_exactly_one_entry(HttpFunction function)
    {
        var trigger = TriggerOf(function.Name);

        Assert.Equal(AuthorizationLevel.Anonymous, trigger.Attribute.AuthLevel);
        var methods = trigger.Attribute.Methods ?? [];
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var entries = ApiRoutes.All.Where(r => r.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && r.Path == trigger.Path).ToList();
            Assert.True(entries.Count == 1, $"{function.Name} ({method.ToUpperInvariant()} {trigger.Path}) has {entries.Count} entries in ApiRoutes.All.");
        }
    }

    [Fact]
    public void Every_entry_in_the_table_is_served_by_a_function()
    {
        var served = Triggers().SelectMany(t => (t.Attribute.Methods ?? []).Select(m => $"{m.ToUpperInvariant()} {t.Path}")).ToHashSet(StringComparer.Ordinal);

        var unserved = ApiRoutes.All.Select(r => r.ToString()).Where(r => !served.Contains(r)).ToList();

        Assert.True(unserved.Count == 0, "In ApiRoutes.All with no function: " + string.Join(", ", unserved));
    }

    [Fact]
    public void No_route_is_in_the_table_twice()
    {
        Assert.Empty(ApiRoutes.All.GroupBy(r => r.ToString()).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(GateCases))]
    public void The_gate_answers_each_principal_on_each_route_as_the_table_says(Entry entry, string principal)
    {
        var route = entry.Route;

        var refusal = AccessGate.Check(route, Header(principal), out var caller);

        if (route.Anonymous)
        {
            Assert.Null(refusal);
        }
        else if (principal == Nobody)
        {
            Assert.NotNull(refusal);
            Assert.Equal(401, refusal.Status);
            Assert.Null(caller);
            Assert.Contains("signed in", Detail(refusal.Body), StringComparison.Ordinal);
        }
        else if (!route.Roles.Contains(principal))
        {
            Assert.NotNull(refusal);
            Assert.Equal(403, refusal.Status);

            // The refusal says which roles open the route, so the person knows whom to ask.
            Assert.All(route.Roles, role => Assert.Contains(role, Detail(refusal.Body), StringComparison.Ordinal));
        }
        else
        {
            Assert.Null(refusal);
            Assert.NotNull(caller);
            Assert.True(caller.Has(principal));
        }
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("e30=")] // {} : no claims
    [InlineData("eyJjbGFpbXMiOltdfQ==")] // {"claims":[]} : nobody named
    public void A_principal_header_that_cannot_be_read_is_401_on_every_signed_in_route(string header)
    {
        foreach (var route in ApiRoutes.All.Where(r => !r.Anonymous))
        {
            var refusal = AccessGate.Check(route, header, out var caller);

            Assert.Null(caller);
            Assert.Equal(401, refusal?.Status);
        }
    }

    [Theory]
    [MemberData(nameof(FunctionCases))]
    public async Task Each_http_function_gates_on_its_own_entry(HttpFunction function, string principal)
    {
        var trigger = TriggerOf(function.Name);
        var route = ApiRoutes.All.Single(r => r.Path == trigger.Path && (trigger.Attribute.Methods ?? []).Contains(r.Method, StringComparer.OrdinalIgnoreCase));
        var expectRefusal = !route.Anonymous && (principal is Nobody or NoRoles || !route.Roles.Contains(principal));

        HttpResponseData? response;
        try
        {
            response = await InvokeAsync(trigger, principal);
        }
        catch (Exception e) when (!expectRefusal)
        {
            // Past the gate the handler wants the app's services, which this test does not build: reaching them is
            // the gate letting the caller through.
            Assert.DoesNotContain(nameof(AccessGate), e.StackTrace ?? string.Empty, StringComparison.Ordinal);
            return;
        }

        if (expectRefusal)
        {
            Assert.Equal(principal == Nobody ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{function.Name} refused {principal}: {response.StatusCode}");
        }
    }

    /// <summary>Calls the function as the Functions host would, with only the request: nothing it needs past the gate.</summary>
    private static async Task<HttpResponseData> InvokeAsync(Trigger trigger, string principal)
    {
        var request = new StubHttpRequestData(new StubFunctionContext(), trigger.Attribute.Methods![0].ToUpperInvariant(), new Uri("https://reviews.example" + trigger.Path.Replace("{reference}", "CR-2027-0001", StringComparison.Ordinal)));
        if (Header(principal) is { } header)
        {
            request.Headers.Add(ClientPrincipal.Header, header);
        }

        var target = trigger.Method.IsStatic ? null : RuntimeHelpers.GetUninitializedObject(trigger.Method.DeclaringType!);
        var arguments = trigger.Method.GetParameters().Select(p => p.ParameterType == typeof(HttpRequestData) ? request : p.ParameterType == typeof(string) ? "CR-2027-0001" : (object?)null).ToArray();
        return await (Task<HttpResponseData>)trigger.Method.Invoke(target, arguments)!;
    }

    /// <summary>The header App Service Authentication would send: none for nobody, else someone holding just that role.</summary>
    private static string? Header(string principal) => principal switch
    {
        Nobody => null,
        NoRoles => ClientPrincipal.Encode(new Caller("oid-none", "No Roles", "no-roles@westbridge-scp.example", new HashSet<string>(StringComparer.Ordinal))),
        _ => ClientPrincipal.Encode(new Caller($"oid-{principal}", principal, $"{principal.ToLowerInvariant().Replace('.', '-')}@westbridge-scp.example", new HashSet<string>(StringComparer.Ordinal) { principal })),
    };

    private static string Detail(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.GetProperty("detail").GetString() ?? string.Empty;
    }

    private static Trigger TriggerOf(string name) => Triggers().Single(t => t.Name == name);

    /// <summary>Every function with an HTTP trigger, at the path the Functions host serves it (its route prefix added).</summary>
    private static List<Trigger> Triggers()
    {
        var prefix = RoutePrefix();
        return [.. from type in BuildUnderTest.FunctionsAssembly.GetTypes()
                   from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                   let function = method.GetCustomAttribute<FunctionAttribute>()
                   where function is not null
                   from parameter in method.GetParameters()
                   let http = parameter.GetCustomAttribute<HttpTriggerAttribute>()
                   where http is not null
                   select new Trigger(function.Name, method, http, "/" + string.Join('/', new[] { prefix, http.Route ?? function.Name }.Where(p => p.Length > 0)))];
    }

    /// <summary>host.json's <c>extensions.http.routePrefix</c>: "api" unless the app says otherwise.</summary>
    private static string RoutePrefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("host.json")));
        return host.RootElement.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("http", out var http) && http.TryGetProperty("routePrefix", out var prefix)
            ? prefix.GetString()!.Trim('/')
            : "api";
    }

    private sealed record Trigger(string Name, MethodInfo Method, HttpTriggerAttribute Attribute, string Path);

    /// <summary>An HTTP function by name, as a theory's argument that xunit can list one by one.</summary>
    public sealed class HttpFunction : IXunitSerializable
    {
        [Obsolete("For xunit's deserialisation only.")]
        public HttpFunction()
        {
        }

        public HttpFunction(string name) => Name = name;

        public string Name { get; private set; } = string.Empty;

        public void Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>("name");

        public void Serialize(IXunitSerializationInfo info) => info.AddValue("name", Name);

        public override string ToString() => Name;
    }

    /// <summary>A table entry as a theory's argument, named in full.</summary>
    public sealed class Entry : IXunitSerializable
    {
        [Obsolete("For xunit's deserialisation only.")]
        public Entry()
        {
        }

        public Entry(RouteAccess route) => Route = route;

        public RouteAccess Route { get; private set; } = null!;

        public void Deserialize(IXunitSerializationInfo info)
        {
            var key = info.GetValue<string>("route");
            Route = ApiRoutes.All.Single(r => r.ToString() == key);
        }

        public void Serialize(IXunitSerializationInfo info) => info.AddValue("route", Route.ToString());

        public override string ToString() => Route.ToString();
    }
}
