using DurableTask.Core;

namespace ReviewFunctions.Local.Engine;

/// <summary>
/// Hands the engine an isolated-worker orchestrator or activity (wrapped by the Durable Task SDK's shim factory) under
/// its registered name. The engine reads the name and version when the creator is added, so both are set here.
/// </summary>
internal sealed class ShimCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> create;

    public ShimCreator(string name, Func<T> create)
    {
        Name = name;
        Version = string.Empty;
        this.create = create;
    }

    public override T Create() => create();
}
