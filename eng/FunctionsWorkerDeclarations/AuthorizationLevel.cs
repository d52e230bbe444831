// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker,
//   extensions/Worker.Extensions.Http/AuthorizationLevel.cs
//   (package Microsoft.Azure.Functions.Worker.Extensions.Http; names and values checked against
//   the public metadata of its 3.1.0 assembly, where the namespace is Microsoft.Azure.Functions.Worker).
// An enum's values are its meaning, so all of them are declared.

namespace Microsoft.Azure.Functions.Worker;

public enum AuthorizationLevel
{
    Anonymous = 0,
    User = 1,
    Function = 2,
    System = 3,
    Admin = 4,
}
