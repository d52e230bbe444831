// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Signatures copied from Azure/azure-functions-dotnet-worker,
//   extensions/Worker.Extensions.Abstractions/FunctionAttribute.cs
//   (package Microsoft.Azure.Functions.Worker.Extensions.Abstractions; the copy read was from an
//   older commit of that folder, so re-check it if the package's shape ever matters more).
// Declared: the constructor. Left out because nothing here uses it: the Name property.
// Like every body here it throws; tests read attributes with GetCustomAttributesData(), which
// does not run constructors.

namespace Microsoft.Azure.Functions.Worker;

[AttributeUsage(AttributeTargets.Method)]
public class FunctionAttribute : Attribute
{
    public FunctionAttribute(string name) => throw CompileOnly.Fail();
}
