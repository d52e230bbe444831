// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Signatures copied from Azure/azure-functions-dotnet-worker,
//   extensions/Worker.Extensions.Http/src/HttpTriggerAttribute.cs
//   (package Microsoft.Azure.Functions.Worker.Extensions.Http; checked against the public
//   metadata of its 3.1.0 assembly: sealed, these constructor and property signatures).
// The real base class is Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute,
// which carries [AttributeUsage(AttributeTargets.Parameter)]; nothing here uses that base, so this
// declaration derives from Attribute and repeats the usage.
// Declared: the (AuthorizationLevel, params string[]) constructor and Route.
// Left out: the other three constructors, Methods, AuthLevel.

namespace Microsoft.Azure.Functions.Worker;

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class HttpTriggerAttribute : Attribute
{
    public HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods) => throw CompileOnly.Fail();

    public string? Route
    {
        get => throw CompileOnly.Fail();
        set => throw CompileOnly.Fail();
    }
}
