using System.Globalization;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Emulators.Tests.Storage;

public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task An_Azurite_told_to_give_way_runs_below_normal_priority_and_still_answers()
    {
        await using var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, CancellationToken.None);
        var before = Niceness(azurite.ProcessId);

        azurite.GiveWayWhenBusy();

        Assert.True(before < 10, $"Azurite started at nice {before}, as low as giving way would put it.");
        Assert.Equal(10, Niceness(azurite.ProcessId));
        using var http = new HttpClient();
        using var answer = await http.GetAsync(new Uri(azurite.TableEndpoint + "/Tables"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, answer.StatusCode);
    }

    /// <summary>Field 19 of /proc/PID/stat, after the command name in brackets (which may hold spaces).</summary>
    private static int Niceness(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }
}
