using System.Net;
using System.Net.Sockets;

namespace ReviewFunctions.Emulators.Storage;

/// <summary>
/// Finds distinct free loopback ports for emulators and hosts started by another process. The ports come from below
/// the kernel's ephemeral range: a port the OS hands out for bind(0) is released before the child binds it, and in that
/// gap any outgoing connection may be given the same port (seen in CI as "address already in use").
/// </summary>
public static class FreePorts
{
    private const int Lowest = 20000;
    private const string EphemeralRange = "/proc/sys/net/ipv4/ip_local_port_range";

    public static int[] Take(int count)
    {
        var below = EphemeralLow();
        var listeners = new List<TcpListener>();
        try
        {
            while (listeners.Count < count)
            {
                var port = Random.Shared.Next(Lowest, below);
                var listener = new TcpListener(IPAddress.Loopback, port);
                try
                {
                    listener.Start();
                    listeners.Add(listener);
                }
                catch (SocketException)
                {
                    listener.Stop();
                }
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private static int EphemeralLow()
    {
        // Linux's default is 32768; elsewhere (or if unreadable) assume the IANA dynamic range starting at 49152.
        if (File.Exists(EphemeralRange)
            && int.TryParse(File.ReadAllText(EphemeralRange).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), out var low)
            && low > Lowest + 1000)
        {
            return low;
        }

        return OperatingSystem.IsLinux() ? 32768 : 49152;
    }
}
