// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskName.cs (package Microsoft.DurableTask.Abstractions).
// Declared: the constructor from a name, Name, and the conversion from string ReviewFunctions uses.
// Left out: the versioned constructor, Version, equality members and the conversion to string.

using Microsoft.Azure.Functions.Worker;

namespace Microsoft.DurableTask;

public readonly struct TaskName
{
    public TaskName(string name) => throw CompileOnly.Fail();

    public string Name => throw CompileOnly.Fail();

    public static implicit operator TaskName(string value) => throw CompileOnly.Fail();
}
