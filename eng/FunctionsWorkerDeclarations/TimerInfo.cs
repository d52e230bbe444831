// Compile-only declaration (offline build mode; see docs/FUNCTIONS-BUILD-MODES.md).
// Copied from Azure/azure-functions-dotnet-worker, extensions/Worker.Extensions.Timer/src/TimerInfo.cs
// (package Microsoft.Azure.Functions.Worker.Extensions.Timer). Declared: the type only (the timer functions take it
// to be bound, and read nothing from it). Left out: ScheduleStatus, IsPastDue.

namespace Microsoft.Azure.Functions.Worker;

public class TimerInfo
{
    private TimerInfo() => throw CompileOnly.Fail();
}
