// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from microsoft/durabletask-dotnet, src/Abstractions/TaskName.cs (package Microsoft.DurableTask.Abstractions).
// Declared: the constructor from a name, Name, and the conversion from string ReviewFunctions uses.
// Left out: the versioned constructor, Version, equality members and the conversion to string.
// Unlike the rest of this project it holds its value instead of throwing: it is inert data, and the orchestrator
// names its activities with it, so tests can run the orchestrator against a test double of the context in this mode too.

namespace Microsoft.DurableTask;

public readonly struct TaskName
{
    public TaskName(string name) => Name = name;

    public string Name { get; }

    public static implicit operator TaskName(string value) => new(value);
}
