using System.Globalization;
using Azure.Data.Tables;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Tables;

public sealed class EntityGroupTests
{
    [Fact]
    public void A_group_refuses_a_second_partition_key()
    {
        // Azure rejects mixed partitions but Azurite accepts them (Azurite#1215) and the SDK does not check, so the guard must be ours.
        var group = new EntityGroup("CR-2027-0001");
        group.Add(new TableEntity("CR-2027-0001", "0000000001"));

        var error = Assert.Throws<InvalidOperationException>(() => group.Add(new TableEntity("CR-2027-0002", "0000000002")));

        Assert.Contains("single partition key", error.Message, StringComparison.Ordinal);
        Assert.Single(group.Actions);
    }

    [Fact]
    public void A_group_refuses_a_101st_action()
    {
        var group = new EntityGroup("CR-2027-0001");
        for (var i = 1; i <= 100; i++)
        {
            group.Add(new TableEntity("CR-2027-0001", i.ToString("D10", CultureInfo.InvariantCulture)));
        }

        var error = Assert.Throws<InvalidOperationException>(() => group.Add(new TableEntity("CR-2027-0001", "0000000101")));

        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_refuses_to_touch_one_entity_twice()
    {
        var group = new EntityGroup("CR-2027-0001");
        group.Add(new TableEntity("CR-2027-0001", "0000000001"));

        Assert.Throws<InvalidOperationException>(() => group.Replace(new TableEntity("CR-2027-0001", "0000000001"), Azure.ETag.All));
    }
}
