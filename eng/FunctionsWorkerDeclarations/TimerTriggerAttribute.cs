// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker, extensions/Worker.Extensions.Timer/src/TimerTriggerAttribute.cs
// (package Microsoft.Azure.Functions.Worker.Extensions.Timer). The real base class is TriggerBindingAttribute; here it
// derives from Attribute, which is all a compiler needs. Declared: the constructor. Left out: Schedule, UseMonitor,
// RunOnStartup.

namespace Microsoft.Azure.Functions.Worker;

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class TimerTriggerAttribute : Attribute
{
    public TimerTriggerAttribute(string schedule) => throw CompileOnly.Fail();
}
