using System.Text;
using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Domain.Tests.Chronology;

public sealed class ChronologyCsvWriterTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);

    /// <summary>
    /// On 01/03 the police and the school both report the strategy meeting (3 of 5 words shared), and the police see
    /// the child at 09:00; the school next sees the child on 15/04, 45 days later. Several cells start as formulas.
    /// </summary>
    private static MergedChronology Example() => ChronologyMerge.Merge(
    [
        new("Police", 1, March1, new TimeOnly(9, 0), "4y", "Mother", true, "=HYPERLINK(\"http://x\",\"click\")", "Police", "-", "@note"),
        new("School", 1, March1, null, "4y", "", false, "Strategy meeting held, with police", "Education", "+1 referral", ""),
        new("Police", 2, March1, null, "", "", null, "Strategy meeting held with school", "Police", "", ""),
        new("School", 2, new DateOnly(2026, 4, 15), new TimeOnly(10, 0), "", "", true, "Seen in class", "Education", "", ""),
    ], 28);

    [Fact]
    public void The_timeline_is_written_in_the_template_columns_with_who_reported_it_and_the_gap_as_a_row()
    {
        var expected =
            "Event No,Date,Time,Age of Child,Family Member,Child seen/wishes sought or expressed (Y/N),Event,Agency source to overview,Action taken,Note,Reported by,Also reported by\r\n"
            + "1,01/03/2026,,,,,Strategy meeting held with school,Police,,,\"Police, event 2\",School (line 2)\r\n"
            + "2,01/03/2026,,4y,,N,\"Strategy meeting held, with police\",Education,'+1 referral,,\"School, event 1\",Police (line 1)\r\n"
            + "3,01/03/2026,09:00,4y,Mother,Y,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",Police,'-,'@note,\"Police, event 1\",\r\n"
            + "Gap,01/03/2026,,,,,\"Gap: no agency saw the child for 45 days, from 01/03/2026 to 15/04/2026 (longer than the 28 days the Board has set).\",,,,,\r\n"
            + "4,15/04/2026,10:00,,,Y,Seen in class,Education,,,\"School, event 2\",\r\n";

        Assert.Equal(expected, ChronologyCsvWriter.Write(Example()));
    }

    [Fact]
    public void Read_back_every_row_has_the_twelve_cells_it_was_written_with()
    {
        var rows = CsvRows.Parse(ChronologyCsvWriter.Write(Example()), out var unclosed);

        Assert.Null(unclosed);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(12, r.Count));
        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\")", rows[3][6]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 7700 900000", "'+44 7700 900000")]
    [InlineData("-2 days", "'-2 days")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("\r=cmd", "'\r=cmd")]
    [InlineData("Seen at 10:00 = fine", "Seen at 10:00 = fine")]
    [InlineData("", "")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string cell, string written)
    {
        Assert.Equal(written, CsvCells.Defused(cell));
    }

    [Fact]
    public void The_bytes_start_with_the_mark_Excel_needs_to_read_UTF_8()
    {
        var bytes = ChronologyCsvWriter.WriteUtf8(Example());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(ChronologyCsvWriter.Write(Example()), Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void The_three_agency_timeline_has_its_gap_after_the_last_sighting_before_it()
    {
        var lines = ChronologyCsvWriter.Write(ThreeAgencies.Merged()).Split("\r\n");

        Assert.Equal(13, lines.Length);
        Assert.StartsWith("3,12/01/2026,08:50,", lines[3], StringComparison.Ordinal);
        Assert.Equal("Gap,12/01/2026,,,,,\"Gap: no agency saw the child for 49 days, from 12/01/2026 to 02/03/2026 (longer than the 28 days the Board has set).\",,,,,", lines[4]);
        Assert.Equal("5,24/02/2026,,4y 7m,Mother,N,Attended team around the child meeting at school with mother; domestic incident concerns discussed,Health,Home visit to be arranged,,\"Health Visiting, event 2\",Northfield Primary School (line 7)", lines[6]);
        Assert.Equal(string.Empty, lines[12]);
    }
}
