// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Client/Core/OrchestrationMetadata.cs (package Microsoft.DurableTask.Client).
// Declared: the type only (ReviewFunctions only asks whether an instance exists). Left out: every member.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask.Client;

public sealed class OrchestrationMetadata
{
    private OrchestrationMetadata() => throw CompileOnly.Fail();
}
