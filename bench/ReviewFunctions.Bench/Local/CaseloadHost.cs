using System.Globalization;
using ReviewFunctions.Emulators.Faults;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Local.Driving;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// A local host in a data folder of its own, started as a person starts it (it runs its own Azurite), or with its
/// storage behind a counting proxy so every request it makes is tallied by kind. Everything is deleted afterwards.
/// </summary>
internal sealed class CaseloadHost : IAsyncDisposable
{
    /// <summary>The sample referral reached the intake mailbox at 10:42 on Monday 8 February 2027.</summary>
    public static readonly DateTimeOffset Start = new(2027, 2, 8, 10, 45, 0, TimeSpan.Zero);

    private readonly DirectoryInfo data;
    private readonly AzuriteProcess? azurite;
    private readonly FaultProxy? proxy;

    private CaseloadHost(DirectoryInfo data, LocalHostProcess host, AzuriteProcess? azurite, FaultProxy? proxy)
    {
        this.data = data;
        Host = host;
        this.azurite = azurite;
        this.proxy = proxy;
    }

    public LocalHostProcess Host { get; }

    /// <summary>The storage requests counted so far; null unless started with counting.</summary>
    public StorageTally? Tally => proxy?.Tally;

    public static async Task<CaseloadHost> StartAsync(bool countStorage)
    {
        var data = Directory.CreateTempSubdirectory("rf-bench-");
        var start = Start.ToString("O", CultureInfo.InvariantCulture);
        if (!countStorage)
        {
            return new CaseloadHost(data, await LocalHostProcess.StartAsync(data.FullName, LocalHostProcess.FreePort(), start), null, null);
        }

        var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), Path.Combine(data.FullName, "azurite"), CancellationToken.None);
        var proxy = await FaultProxy.StartAsync([azurite.BlobHost, azurite.TableHost, azurite.QueueHost], plan: null);
        proxy.Tally = new StorageTally([StorageService.Blob, StorageService.Table, StorageService.Queue]);
        var account = AzuriteProcess.AccountName;
        var storage = $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={AzuriteProcess.AccountKey};" +
            $"BlobEndpoint={proxy.Endpoints[0]}{account};TableEndpoint={proxy.Endpoints[1]}{account};QueueEndpoint={proxy.Endpoints[2]}{account};";
        var host = await LocalHostProcess.StartAsync(data.FullName, LocalHostProcess.FreePort(), start, "--storage", storage);
        return new CaseloadHost(data, host, azurite, proxy);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        data.Delete(recursive: true);
    }
}
