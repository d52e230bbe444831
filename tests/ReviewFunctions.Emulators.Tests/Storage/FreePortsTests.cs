using System.Net;
using System.Net.Sockets;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Emulators.Tests.Storage;

public sealed class FreePortsTests
{
    [Fact]
    public void Ports_are_distinct_and_below_the_range_the_kernel_gives_outgoing_connections()
    {
        var ports = FreePorts.Take(20);

        Assert.Equal(20, ports.Distinct().Count());
        Assert.All(ports, p => Assert.InRange(p, 20000, EphemeralLow() - 1));
    }

    [Fact]
    public void A_port_already_listened_on_is_never_given()
    {
        var held = FreePorts.Take(200).Select(p => new TcpListener(IPAddress.Loopback, p)).ToList();
        try
        {
            held.ForEach(l => l.Start());
            var taken = held.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToHashSet();

            var ports = FreePorts.Take(200);

            Assert.DoesNotContain(ports, taken.Contains);
        }
        finally
        {
            held.ForEach(l => l.Stop());
        }
    }

    private static int EphemeralLow() =>
        OperatingSystem.IsLinux() ? int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ')[0]) : 49152;
}
