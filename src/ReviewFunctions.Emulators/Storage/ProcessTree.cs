using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReviewFunctions.Emulators.Storage;

/// <summary>Stops a child process: SIGTERM first, then (Azurite may ignore it) kill the whole tree.</summary>
public static partial class ProcessTree
{
    private const int SigTerm = 15;

    public static void Stop(Process process, TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            _ = Kill(process.Id, SigTerm);
            if (process.WaitForExit(grace))
            {
                return;
            }
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
