using Microsoft.AspNetCore.Connections;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing;

namespace ReviewFunctions.Tests.Support;

/// <summary>
/// Starts the in-memory Durable Task engine. Its sidecar picks a random port in 30000–40000, which overlaps the
/// kernel's ephemeral range, so an outgoing connection can already hold it (seen in CI); another random port is tried.
/// </summary>
internal static class InProcessEngine
{
    private const int Tries = 5;

    public static async Task<DurableTaskTestHost> StartAsync(Action<DurableTaskRegistry> tasks)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DurableTaskTestHost.StartAsync(tasks);
            }
            catch (IOException taken) when (attempt < Tries && taken.InnerException is AddressInUseException)
            {
            }
        }
    }
}
