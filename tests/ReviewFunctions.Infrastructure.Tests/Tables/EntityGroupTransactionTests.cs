using Azure.Data.Tables;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Tables;

/// <summary>What the stores rely on when they submit an <see cref="EntityGroup"/>: all of it happens, or none of it and a status that says why.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class EntityGroupTransactionTests(AzuriteFixture azurite)
{
    private async Task<TableClient> NewTableAsync(StorageConnection? connection = null)
    {
        var table = StorageClients.Tables(connection ?? azurite.Connection, new StorageOptions()).GetTableClient(Unique.Table("Group"));
        await table.CreateAsync();
        return table;
    }

    [Fact]
    public async Task A_conflicting_insert_fails_the_whole_group_and_names_the_action()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "2") { ["V"] = "existing" });
        var group = new EntityGroup("p");
        group.Add(new TableEntity("p", "1") { ["V"] = "new" });
        group.Add(new TableEntity("p", "2") { ["V"] = "new" });
        group.Add(new TableEntity("p", "3") { ["V"] = "new" });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(group.Actions));

        Assert.Equal((409, "EntityAlreadyExists", 1), (error.Status, error.ErrorCode, error.FailedTransactionActionIndex));
        Assert.Null(await table.FindAsync("p", "1", default));
        Assert.Null(await table.FindAsync("p", "3", default));
        Assert.Equal("existing", (await table.FindAsync("p", "2", default))!.GetString("V"));
    }

    [Fact]
    public async Task Replaces_with_current_etags_all_apply_together()
    {
        var table = await NewTableAsync();
        var counter = await table.TryAddAsync(new TableEntity("p", "counter") { ["Last"] = 0 }, default);
        var claim = await table.TryAddAsync(new TableEntity("p", "claim") { ["State"] = "claimed" }, default);
        var group = new EntityGroup("p");
        group.Replace(new TableEntity("p", "counter") { ["Last"] = 1 }, counter!.Value);
        group.Replace(new TableEntity("p", "claim") { ["State"] = "allocated", ["Number"] = 1 }, claim!.Value);

        await table.SubmitTransactionAsync(group.Actions);

        Assert.Equal(1, (await table.FindAsync("p", "counter", default))!.GetInt32("Last"));
        Assert.Equal("allocated", (await table.FindAsync("p", "claim", default))!.GetString("State"));
    }

    [Fact]
    public async Task A_stale_etag_on_one_row_leaves_both_rows_as_they_were()
    {
        var table = await NewTableAsync();
        var stale = (await table.TryAddAsync(new TableEntity("p", "counter") { ["Last"] = 0 }, default))!.Value;
        await table.UpdateEntityAsync(new TableEntity("p", "counter") { ["Last"] = 7 }, stale, TableUpdateMode.Replace);
        var claim = (await table.TryAddAsync(new TableEntity("p", "claim") { ["State"] = "claimed" }, default))!.Value;
        var group = new EntityGroup("p");
        group.Replace(new TableEntity("p", "claim") { ["State"] = "allocated" }, claim);
        group.Replace(new TableEntity("p", "counter") { ["Last"] = 1 }, stale);

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(group.Actions));

        Assert.Equal((412, "UpdateConditionNotSatisfied"), (error.Status, error.ErrorCode));
        Assert.Equal(7, (await table.FindAsync("p", "counter", default))!.GetInt32("Last"));
        Assert.Equal("claimed", (await table.FindAsync("p", "claim", default))!.GetString("State"));
    }

    [Fact]
    public async Task The_payload_estimate_is_never_below_what_the_sdk_sends()
    {
        await using var proxy = await FaultProxy.StartAsync(azurite.TableHost);
        var table = await NewTableAsync(StorageConnection.FromConnectionString(azurite.ConnectionString(tableEndpoint: new Uri(proxy.Address, AzuriteFixture.AccountName))));
        var group = new EntityGroup("CR-2027-0001");
        for (var i = 1; i <= 5; i++)
        {
            group.Add(new TableEntity("CR-2027-0001", $"{i:D10}") { ["Data"] = new string('é', 20_000) + " \U0001F600 O'Brien", ["At"] = DateTimeOffset.UnixEpoch, ["N"] = 9_876_543_210L });
        }

        await table.SubmitTransactionAsync(group.Actions);

        var sent = proxy.Seen[^1].BodyLength;
        Assert.InRange(sent, group.EstimatedPayloadBytes - (5 * 1024), group.EstimatedPayloadBytes);
    }
}
