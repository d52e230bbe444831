using System.Text;
using ReviewFunctions.Domain.Chronology;

namespace ReviewFunctions.Domain.Tests.Chronology;

public sealed class ChronologyCsvReaderTests
{
    private const string Agency = "Westbridge Police";

    private const string Heading = "Event No,Date,Time,Age of Child,Family Member,Child seen/wishes sought or expressed (Y/N),Event,Agency source to overview,Action taken,Note";

    [Fact]
    public void Quoted_cells_keep_their_commas_doubled_quotes_and_line_breaks()
    {
        var csv = "\uFEFF" + Heading + "\r\n"
            + "1,05/01/2026,10:30,4y 6m,,,\"PNC check, requested by CSC\",Police,\"Mother \"\"known\"\"\",\r\n"
            + "2,14/02/2026,23:40,4y 7m,Mother's partner,N,\"Called to the home.\r\nMother injured.\",Police,Partner arrested,\"Child asleep, not seen\"\r\n";

        var reading = ChronologyCsvReader.Read(csv, Agency);

        Assert.Empty(reading.Problems);
        Assert.Equal(
            [
                new ChronologyEntry(Agency, 1, new DateOnly(2026, 1, 5), new TimeOnly(10, 30), "4y 6m", "", null, "PNC check, requested by CSC", "Police", "Mother \"known\"", ""),
                new ChronologyEntry(Agency, 2, new DateOnly(2026, 2, 14), new TimeOnly(23, 40), "4y 7m", "Mother's partner", false, "Called to the home.\nMother injured.", "Police", "Partner arrested", "Child asleep, not seen"),
            ],
            reading.Entries);
    }

    [Fact]
    public void Line_feeds_alone_and_a_byte_order_mark_in_the_bytes_read_the_same_as_Windows_line_ends()
    {
        var windows = Heading + "\r\n1,05/01/2026,,,,Y,\"Seen\r\nand weighed\",Health,,\r\n";
        var unix = windows.Replace("\r\n", "\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(unix)).ToArray();

        var fromBytes = ChronologyCsvReader.Read(bytes, Agency);

        Assert.Equal(ChronologyCsvReader.Read(windows, Agency).Entries, fromBytes.Entries);
        Assert.Equal("Seen\nand weighed", Assert.Single(fromBytes.Entries).Event);
    }

    [Fact]
    public void Headings_are_recognised_in_any_order_case_and_spacing_and_in_their_short_forms()
    {
        var csv = "  NOTE , Agency,EVENT NO., date,Time,Age of child,Family  member,Child seen,Event,Action Taken\n"
            + "Late entry,School,3,2026-03-02,8:05,4y,,yes,Child returned to school,DSL told\n";

        var reading = ChronologyCsvReader.Read(csv, Agency);

        Assert.Equal(new ChronologyEntry(Agency, 3, new DateOnly(2026, 3, 2), new TimeOnly(8, 5), "4y", "", true, "Child returned to school", "School", "DSL told", "Late entry"), Assert.Single(reading.Entries));
    }

    [Fact]
    public void A_date_that_does_not_exist_is_named_by_row_and_nothing_is_taken()
    {
        var reading = ChronologyCsvReader.Read(Rows(6, "7,31/02/2026,,,,N,Home visit,Health,,"), Agency);

        Assert.Empty(reading.Entries);
        var problem = Assert.Single(reading.Problems);
        Assert.Equal(new ChronologyProblem(7, ChronologyColumn.Date, "Row 7: the date '31/02/2026' is not a real date; write it as dd/mm/yyyy."), problem);
    }

    [Theory]
    [InlineData("14 June 2026", "Row 2: the date '14 June 2026' is not written as dd/mm/yyyy; write it as dd/mm/yyyy, for example 14/06/2026.")]
    [InlineData("14/06/26", "Row 2: the date '14/06/26' is not written as dd/mm/yyyy; write it as dd/mm/yyyy, for example 14/06/2026.")]
    [InlineData("2026-02-29", "Row 2: the date '2026-02-29' is not a real date; write it as dd/mm/yyyy.")]
    [InlineData("", "Row 2: the date is empty; write it as dd/mm/yyyy.")]
    public void A_date_written_another_way_is_explained(string date, string message)
    {
        var reading = ChronologyCsvReader.Read(Heading + $"\n1,{date},,,,N,Home visit,Health,,\n", Agency);

        Assert.Equal(message, Assert.Single(reading.Problems).Message);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("9.30")]
    [InlineData("noon")]
    public void A_time_off_the_24_hour_clock_is_a_problem(string time)
    {
        var reading = ChronologyCsvReader.Read(Heading + $"\n1,05/01/2026,{time},,,N,Home visit,Health,,\n", Agency);

        Assert.Equal(
            new ChronologyProblem(2, ChronologyColumn.Time, $"Row 2: the time '{time}' is not a time on the 24-hour clock; write it as hh:mm, such as 09:30 or 14:05, or leave it empty if the record gives no time."),
            Assert.Single(reading.Problems));
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("n", false)]
    [InlineData("Yes", true)]
    [InlineData("NO", false)]
    [InlineData("", null)]
    public void Child_seen_is_Y_or_N_or_left_empty(string written, bool? seen)
    {
        var reading = ChronologyCsvReader.Read(Heading + $"\n1,05/01/2026,,,,{written},Home visit,Health,,\n", Agency);

        Assert.Equal(seen, Assert.Single(reading.Entries).ChildSeen);
    }

    [Fact]
    public void Child_seen_written_any_other_way_is_a_problem()
    {
        var reading = ChronologyCsvReader.Read(Heading + "\n1,05/01/2026,,,,maybe,Home visit,Health,,\n", Agency);

        Assert.Equal(
            new ChronologyProblem(2, ChronologyColumn.ChildSeen, "Row 2: the Child seen column should say Y or N, not 'maybe'; write Y if the child was seen or their wishes were sought or expressed, N if not, or leave it empty if the record does not say."),
            Assert.Single(reading.Problems));
    }

    [Fact]
    public void A_missing_column_is_named_and_the_rows_are_still_checked()
    {
        var csv = "Event No,Date,Time,Age of Child,Family Member,Child seen,Event,Agency,Action taken\n1,31/02/2026,,,,N,Visit,Health,\n";

        var reading = ChronologyCsvReader.Read(csv, Agency);

        Assert.Empty(reading.Entries);
        Assert.Equal(
            [
                new ChronologyProblem(1, ChronologyColumn.Note, "Row 1: there is no 'Note' column; the chronology template has these headings: 'Event No', 'Date', 'Time', 'Age of Child', 'Family Member', 'Child seen/wishes sought or expressed (Y/N)', 'Event', 'Agency source to overview', 'Action taken', 'Note'."),
                new ChronologyProblem(2, ChronologyColumn.Date, "Row 2: the date '31/02/2026' is not a real date; write it as dd/mm/yyyy."),
            ],
            reading.Problems);
    }

    [Fact]
    public void An_extra_column_is_a_problem_even_when_every_template_column_is_there()
    {
        var reading = ChronologyCsvReader.Read(Heading + ",Risk level\n1,05/01/2026,,,,N,Visit,Health,,,High\n", Agency);

        Assert.Empty(reading.Entries);
        Assert.Equal(
            new ChronologyProblem(1, null, "Row 1: the column 'Risk level' (column 11) is not in the chronology template; remove it, or move what it holds into the Note column."),
            Assert.Single(reading.Problems));
    }

    [Fact]
    public void A_heading_given_twice_is_a_problem()
    {
        var reading = ChronologyCsvReader.Read(Heading + ",date\n1,05/01/2026,,,,N,Visit,Health,,,06/01/2026\n", Agency);

        Assert.Equal(
            new ChronologyProblem(1, ChronologyColumn.Date, "Row 1: the Date heading is there twice, in columns 2 and 11; keep one of them."),
            Assert.Single(reading.Problems));
    }

    [Fact]
    public void Empty_columns_a_spreadsheet_adds_at_the_end_are_ignored_but_text_under_no_heading_is_not()
    {
        var trailing = ChronologyCsvReader.Read(Heading + ",,\n1,05/01/2026,,,,N,Visit,Health,,,,\n,,,,,,,,,,,\n", Agency);
        var stray = ChronologyCsvReader.Read(Heading + ",,\n1,05/01/2026,,,,N,Visit,Health,,,,\n2,06/01/2026,,,,N,Call,Health,,,,see file\n3,07/01/2026,,,,N,Call,Health,,,,again\n", Agency);

        Assert.True(trailing.IsAccepted);
        Assert.Equal(
            new ChronologyProblem(3, null, "Row 3: column 12 has text but no heading; give the column one of the template's headings, or move the text into the Note column."),
            Assert.Single(stray.Problems));
    }

    [Fact]
    public void A_first_row_that_is_not_the_heading_row_is_one_problem_not_ten()
    {
        var reading = ChronologyCsvReader.Read("Police chronology for the review\n" + Heading + "\n1,05/01/2026,,,,N,Visit,Health,,\n", Agency);

        var problem = Assert.Single(reading.Problems);
        Assert.StartsWith("Row 1 should be the heading row of the chronology template, but none of its cells is one of the template's headings: 'Event No', 'Date',", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_rows_are_skipped_but_counted_so_row_numbers_match_the_spreadsheet()
    {
        var reading = ChronologyCsvReader.Read(Heading + "\n1,05/01/2026,,,,N,Visit,Health,,\n,,,,,,,,,\n\n2,05/01/2026,,,,X,Call,Health,,\n", Agency);

        Assert.Equal(5, Assert.Single(reading.Problems).Row);
    }

    [Fact]
    public void Every_problem_in_every_row_is_listed_and_no_entry_is_taken()
    {
        var csv = Heading + "\n"
            + "1,05/01/2026,10:30,,,Y,Visit,Health,,\n"
            + "x,32/01/2026,10:30,,,Y,,Health,,\n"
            + "3,06/01/2026,24:00,,,Y,Call,Health,,\n"
            + "1,07/01/2026,,,,Y,Call again,Health,,\n";

        var reading = ChronologyCsvReader.Read(csv, Agency);

        Assert.Empty(reading.Entries);
        Assert.Equal(
            [
                "Row 3: the Event No 'x' is not a whole number; number the events 1, 2, 3 and so on.",
                "Row 3: the date '32/01/2026' is not a real date; write it as dd/mm/yyyy.",
                "Row 3: the Event column is empty; say what happened.",
                "Row 4: the time '24:00' is not a time on the 24-hour clock; write it as hh:mm, such as 09:30 or 14:05, or leave it empty if the record gives no time.",
                "Row 5: Event No 1 is already used on row 2; give each event a number of its own.",
            ],
            reading.Problems.Select(p => p.Message));
    }

    [Fact]
    public void An_empty_event_number_is_a_problem()
    {
        var reading = ChronologyCsvReader.Read(Heading + "\n,05/01/2026,,,,N,Visit,Health,,\n", Agency);

        Assert.Equal("Row 2: the Event No is empty; number the events 1, 2, 3 and so on, in the order of the chronology.", Assert.Single(reading.Problems).Message);
    }

    [Fact]
    public void A_problem_quotes_only_the_short_value_at_fault_never_the_rest_of_the_row()
    {
        var csv = Heading + "\n"
            + "1,about a week after Kerry's birthday,,,Kerry Marsh,N,Jayden said Dean hit him,Police,,\n"
            + "2,31/02/2026,,,Kerry Marsh,N,Jayden said Dean hit him,Police,,\n";

        var reading = ChronologyCsvReader.Read(csv, Agency);

        Assert.Equal(
            [
                "Row 2: the date is not written as dd/mm/yyyy; write it as dd/mm/yyyy, for example 14/06/2026.",
                "Row 3: the date '31/02/2026' is not a real date; write it as dd/mm/yyyy.",
            ],
            reading.Problems.Select(p => p.Message));
    }

    [Fact]
    public void A_cell_over_the_limit_is_a_problem_that_gives_its_length_not_its_text()
    {
        var limits = new ChronologyLimits(MaxCellCharacters: 50);
        var longText = new string('x', 51);

        var reading = ChronologyCsvReader.Read(Heading + $"\n1,05/01/2026,,,,N,{longText},Police,,\n", Agency, limits);

        Assert.Equal(
            new ChronologyProblem(2, ChronologyColumn.Event, "Row 2: the Event cell holds 51 characters, more than the 50 one cell may hold; shorten it or split the event in two."),
            Assert.Single(reading.Problems));
    }

    [Fact]
    public void More_rows_than_the_limit_is_one_problem_and_reading_stops()
    {
        var csv = new StringBuilder(Heading).Append('\n');
        for (var i = 1; i <= 5_001; i++)
        {
            csv.Append(i).Append(",05/01/2026,,,,N,Visit,Health,,\n");
        }

        // The row past the limit is not read, so its bad date is not reported.
        csv.Append("5002,31/02/2026,,,,N,Visit,Health,,\n");

        var reading = ChronologyCsvReader.Read(csv.ToString(), Agency);
        var atTheLimit = ChronologyCsvReader.Read(csv.ToString(), Agency, new ChronologyLimits(MaxEvents: 5_002));

        Assert.Empty(reading.Entries);
        Assert.Equal(
            new ChronologyProblem(null, null, "The chronology has more than 5,000 events, the most one upload may hold; split it into two files by date and upload each."),
            Assert.Single(reading.Problems));
        Assert.Equal(
            new ChronologyProblem(5_003, ChronologyColumn.Date, "Row 5003: the date '31/02/2026' is not a real date; write it as dd/mm/yyyy."),
            Assert.Single(atTheLimit.Problems));
    }

    [Fact]
    public void A_quote_that_never_closes_is_named_by_the_row_it_opens_in()
    {
        var reading = ChronologyCsvReader.Read(Heading + "\n1,05/01/2026,,,,N,Visit,Health,,\n2,06/01/2026,,,,N,\"Call,Health,,\n3,07/01/2026,,,,N,Call,Health,,\n", Agency);

        Assert.Empty(reading.Entries);
        Assert.Equal(
            new ChronologyProblem(3, null, "Row 3: a cell opens with a quotation mark that is never closed, so everything after it reads as one cell; check the quotation marks in this row."),
            reading.Problems[0]);
    }

    [Fact]
    public void A_file_saved_in_the_old_Excel_encoding_is_refused_with_the_way_to_save_it()
    {
        var windows1252 = Encoding.ASCII.GetBytes(Heading + "\n1,05/01/2026,,,,N,Paid ?5 for the bus,Health,,\n");
        windows1252[Array.IndexOf(windows1252, (byte)'?')] = 0xA3;

        var reading = ChronologyCsvReader.Read(windows1252, Agency);

        Assert.Equal("The file is not saved as UTF-8 text, so some characters would be read wrongly; in Excel choose Save As, then 'CSV UTF-8 (Comma delimited)', and upload that file.", Assert.Single(reading.Problems).Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var bytes = new byte[1_572_864];

        var reading = ChronologyCsvReader.Read(bytes, Agency, new ChronologyLimits(MaxFileBytes: 1_048_576));

        Assert.Equal("The file is 1.5 MB, more than the 1 MB a chronology upload may be; split it into two files by date and upload each.", Assert.Single(reading.Problems).Message);
    }

    [Theory]
    [InlineData("", "The chronology is empty: it has neither the heading row nor any events.")]
    [InlineData("\uFEFF\r\n,,,\r\n", "The chronology is empty: it has neither the heading row nor any events.")]
    [InlineData(Heading + "\r\n", "The chronology has the heading row but no events under it.")]
    public void An_empty_upload_is_a_problem_not_an_empty_chronology(string csv, string message)
    {
        Assert.Equal(message, Assert.Single(ChronologyCsvReader.Read(csv, Agency).Problems).Message);
    }

    private static string Rows(int goodRows, string lastRow)
    {
        var csv = new StringBuilder(Heading).Append("\r\n");
        for (var i = 1; i <= goodRows - 1; i++)
        {
            csv.Append(i).Append(",05/01/2026,,,,N,Visit,Health,,\r\n");
        }

        return csv.Append(lastRow).Append("\r\n").ToString();
    }
}
