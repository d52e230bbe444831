using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Tables;

/// <summary>Conditional replaces in one entity group transaction: all happen, or none when any row has moved on.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ConditionalBatchTests(AzuriteFixture azurite)
{
    private async Task<TableClient> NewTableAsync()
    {
        var table = new TableClient(StoragePipelineFactory.Create(StorageService.Table, azurite.Connection, new StorageOptions()), azurite.TableEndpoint, Unique.Table("Cond"));
        await table.EnsureExistsAsync(default);
        return table;
    }

    [Fact]
    public async Task Replaces_with_current_etags_all_apply_together()
    {
        var table = await NewTableAsync();
        var counter = await table.WriteAsync(new TableEntity("p", "counter").Set("Last", 0), TableWrite.Insert, null, "seed", default);
        var claim = await table.WriteAsync(new TableEntity("p", "claim").Set("State", "claimed"), TableWrite.Insert, null, "seed", default);
        var batch = new TableBatch(table.Table, "p");
        batch.AddReplace(new TableEntity("p", "counter").Set("Last", 1), counter);
        batch.AddReplace(new TableEntity("p", "claim").Set("State", "allocated").Set("Number", 1), claim);
        var (body, contentType) = batch.Build(table.Endpoint);

        var outcome = await table.SubmitAsync(body, contentType, "allocate", default);

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, (await table.GetAsync("p", "counter", "read", default))!.GetInt32("Last"));
        Assert.Equal("allocated", (await table.GetAsync("p", "claim", "read", default))!.GetString("State"));
    }

    [Fact]
    public async Task A_stale_etag_on_one_row_leaves_both_rows_as_they_were()
    {
        var table = await NewTableAsync();
        var stale = await table.WriteAsync(new TableEntity("p", "counter").Set("Last", 0), TableWrite.Insert, null, "seed", default);
        await table.WriteAsync(new TableEntity("p", "counter").Set("Last", 7), TableWrite.Replace, stale, "someone else", default);
        var claim = await table.WriteAsync(new TableEntity("p", "claim").Set("State", "claimed"), TableWrite.Insert, null, "seed", default);
        var batch = new TableBatch(table.Table, "p");
        batch.AddReplace(new TableEntity("p", "claim").Set("State", "allocated"), claim);
        batch.AddReplace(new TableEntity("p", "counter").Set("Last", 1), stale);
        var (body, contentType) = batch.Build(table.Endpoint);

        var outcome = await table.SubmitAsync(body, contentType, "allocate", default);

        Assert.Equal(412, outcome.Status);
        Assert.Equal(7, (await table.GetAsync("p", "counter", "read", default))!.GetInt32("Last"));
        Assert.Equal("claimed", (await table.GetAsync("p", "claim", "read", default))!.GetString("State"));
    }
}
