using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Events;

public sealed class EventEntitiesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Data_longer_than_one_property_is_split_and_joined_back()
    {
        var data = "{\"text\":\"" + new string('x', 100_000) + "\"}";

        var entity = EventEntities.ToEntity("CR-2027-0001", 7, new NewEvent("NoteAdded", data), Now, "append", 0, "events");
        var stored = EventEntities.ToEvent(entity);

        Assert.Equal(4, entity.GetInt32("DataParts"));
        Assert.Equal(data, stored.Data);
        Assert.Equal(7, stored.Sequence);
        Assert.Equal("0000000007", entity.RowKey);
    }

    [Fact]
    public void Chunks_never_split_a_surrogate_pair()
    {
        var data = new string('a', ChunkedText.ChunkLength - 1) + "\U0001F600" + "tail";

        var chunks = ChunkedText.Chunk(data);

        Assert.Equal(ChunkedText.ChunkLength - 1, chunks[0].Length);
        Assert.StartsWith("\U0001F600", chunks[1], StringComparison.Ordinal);
        Assert.Equal(data, string.Concat(chunks));
    }

    [Fact]
    public void Empty_data_is_one_empty_part()
    {
        var entity = EventEntities.ToEntity("CR-2027-0001", 1, new NewEvent("Ping", string.Empty), Now, "append", 0, "events");

        Assert.Equal(string.Empty, EventEntities.ToEvent(entity).Data);
    }

    [Fact]
    public void An_event_over_the_one_mebibyte_entity_limit_is_refused_clearly()
    {
        var data = new string('x', 600_000);

        var error = Assert.Throws<ArgumentException>(() =>
            EventEntities.ToEntity("CR-2027-0001", 1, new NewEvent("HugeThing", data), Now, "append", 3, "events"));

        Assert.Equal("events", error.ParamName);
        Assert.Contains("Event 3 (HugeThing)", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 MiB", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_event_needs_a_type(string type)
    {
        Assert.Throws<ArgumentException>(() => EventEntities.ToEntity("CR-2027-0001", 1, new NewEvent(type, "{}"), Now, "a", 0, "events"));
    }
}
