// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/ParentOrchestrationInstance.cs.
// Declared: the type only, because TaskOrchestrationContext.Parent returns it; nothing here reads it.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask;

public record ParentOrchestrationInstance
{
    private ParentOrchestrationInstance() => throw CompileOnly.Fail();
}
