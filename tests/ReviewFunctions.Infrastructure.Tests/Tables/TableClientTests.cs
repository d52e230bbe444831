using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Tables;

/// <summary>What Azurite actually answers to the batch and entity requests the adapters send.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TableClientTests(AzuriteFixture azurite)
{
    private TableClient NewTable() =>
        new(StoragePipelineFactory.Create(StorageService.Table, azurite.Connection, new StorageOptions()), azurite.TableEndpoint, Unique.Table("Raw"));

    [Fact]
    public async Task A_conflicting_insert_fails_the_whole_batch_and_names_the_operation()
    {
        var table = NewTable();
        await table.EnsureExistsAsync(default);
        await table.WriteAsync(new TableEntity("p", "2").Set("V", "existing"), TableWrite.Insert, null, "seed", default);
        var batch = new TableBatch(table.Table, "p");
        batch.AddInsert(new TableEntity("p", "1").Set("V", "new"));
        batch.AddInsert(new TableEntity("p", "2").Set("V", "new"));
        batch.AddInsert(new TableEntity("p", "3").Set("V", "new"));
        var (body, contentType) = batch.Build(table.Endpoint);

        var outcome = await table.SubmitAsync(body, contentType, "batch", default);

        Assert.Equal(409, outcome.Status);
        Assert.Equal("EntityAlreadyExists", outcome.ErrorCode);
        Assert.Equal(1, outcome.FailedIndex);
        Assert.Null(await table.GetAsync("p", "1", "read", default));
        Assert.Null(await table.GetAsync("p", "3", "read", default));
        Assert.Equal("existing", (await table.GetAsync("p", "2", "read", default))!.GetString("V"));
    }

    [Fact]
    public async Task Typed_properties_round_trip()
    {
        var table = NewTable();
        await table.EnsureExistsAsync(default);
        var when = new DateTimeOffset(2027, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(1));
        var entity = new TableEntity("CR-2027-0004", "row")
            .Set("S", "O'Brien & Sons")
            .Set("I", 42)
            .Set("L", 9_876_543_210L)
            .Set("B", true)
            .Set("D", when);

        await table.WriteAsync(entity, TableWrite.Insert, null, "insert", default);
        var read = await table.GetAsync("CR-2027-0004", "row", "read", default);

        Assert.NotNull(read);
        Assert.Equal("O'Brien & Sons", read.GetString("S"));
        Assert.Equal(42, read.GetInt32("I"));
        Assert.Equal(9_876_543_210L, read.GetInt64("L"));
        Assert.True(read.GetBoolean("B"));
        Assert.Equal(when, read.GetDateTime("D"));
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }
}
