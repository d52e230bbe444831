using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Domain.Tests.Chronology;

public sealed class ChronologyTableReaderTests
{
    private const string Agency = "Northfield Primary School";

    private static readonly string[] Heading =
        ["Event No", "Date", "Time", "Age of Child", "Family Member", "Child seen/wishes sought or expressed (Y/N)", "Event", "Agency source to overview", "Action taken", "Note"];

    [Fact]
    public void A_table_and_the_same_rows_as_CSV_give_the_same_entries()
    {
        string[][] rows =
        [
            Heading,
            ["1", "12/01/2026", "08:50", "4y 6m", "", "Y", "Child attended reception class and appeared well", "Education", "", ""],
            ["2", "24/02/2026", "15:30", "4y 7m", "Mother", "N", "Team around the child meeting, with \"concerns\"\nabout home", "Education", "Plan agreed", ""],
        ];

        var table = ChronologyTableReader.Read(rows, Agency);
        var csv = ChronologyCsvReader.Read(string.Join("\r\n", rows.Select(r => string.Join(',', r.Select(Quote)))), Agency);

        Assert.True(table.IsAccepted);
        Assert.Equal(2, table.Entries.Count);
        Assert.Equal(csv.Entries, table.Entries);
        Assert.Equal("Team around the child meeting, with \"concerns\"\nabout home", table.Entries[1].Event);
    }

    [Fact]
    public void A_table_and_the_same_rows_as_CSV_give_the_same_problems()
    {
        string[][] rows =
        [
            [.. Heading.Take(9), "Risk"],
            ["1", "31/02/2026", "8am", "", "", "maybe", "", "", "", ""],
        ];

        var table = ChronologyTableReader.Read(rows, Agency);
        var csv = ChronologyCsvReader.Read(string.Join("\n", rows.Select(r => string.Join(',', r))), Agency);

        Assert.Equal(6, table.Problems.Count);
        Assert.Equal(csv.Problems, table.Problems);
    }

    [Fact]
    public void A_row_with_fewer_cells_than_the_heading_reads_the_missing_ones_as_empty()
    {
        // Word gives fewer cells for a row whose cells were merged.
        string[][] rows = [Heading, ["1", "12/01/2026", "", "", "", "Y", "Seen at school"]];

        var entry = Assert.Single(ChronologyTableReader.Read(rows, Agency).Entries);

        Assert.Equal(new ChronologyEntry(Agency, 1, new DateOnly(2026, 1, 12), null, "", "", true, "Seen at school", "", "", ""), entry);
    }

    [Fact]
    public void The_agency_named_on_upload_is_on_every_entry()
    {
        string[][] rows = [Heading, ["1", "12/01/2026", "", "", "", "Y", "Seen", "Education", "", ""]];

        Assert.Equal(Agency, Assert.Single(ChronologyTableReader.Read(rows, "  " + Agency + " ").Entries).Agency);
        Assert.Throws<ArgumentException>(() => ChronologyTableReader.Read(rows, " "));
    }

    [Fact]
    public void The_headings_of_a_row_are_counted_to_find_the_chronology_among_tables()
    {
        Assert.Equal(10, ChronologyTableReader.HeadingsRecognised(Heading));
        Assert.Equal(2, ChronologyTableReader.HeadingsRecognised(["Date", "Name", "date", "Child seen"]));
        Assert.Equal(0, ChronologyTableReader.HeadingsRecognised(["Name of child", "Address"]));
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
