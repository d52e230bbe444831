// Compile-only declarations (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-durable-extension, src/Worker.Extensions.DurableTask/
// {OrchestrationTriggerAttribute,ActivityTriggerAttribute,DurableClientAttribute}.cs
// (package Microsoft.Azure.Functions.Worker.Extensions.DurableTask). The real ones derive from
// TriggerBindingAttribute / InputBindingAttribute; here they derive from Attribute, which is all a compiler needs.
// Left out: the Orchestration, Activity, TaskHub and ConnectionName properties (not used).

namespace Microsoft.Azure.Functions.Worker;

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class OrchestrationTriggerAttribute : Attribute;

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ActivityTriggerAttribute : Attribute;

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class DurableClientAttribute : Attribute;
