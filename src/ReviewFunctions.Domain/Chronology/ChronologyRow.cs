using System.Globalization;

namespace ReviewFunctions.Domain.Chronology;

/// <summary>Checks one row under the heading row and makes it an entry; every problem it finds goes on the list.</summary>
internal static class ChronologyRow
{
    private const string DateForm = "write it as dd/mm/yyyy";

    /// <summary>The row's entry, or null when anything in the row is wrong.</summary>
    public static ChronologyEntry? Read(string agency, int row, IReadOnlyList<string> cells, ChronologyHeader header, ChronologyLimits limits, List<ChronologyProblem> problems)
    {
        var before = problems.Count;
        string? Cell(ChronologyColumn column)
        {
            var text = header.Cell(cells, column);
            if (text is not null && text.Length > limits.MaxCellCharacters)
            {
                problems.Add(new ChronologyProblem(row, column, string.Create(CultureInfo.InvariantCulture, $"Row {row}: the {ChronologyHeadings.ShortName(column)} cell holds {text.Length:N0} characters, more than the {limits.MaxCellCharacters:N0} one cell may hold; shorten it or split the event in two.")));
            }

            return text;
        }

        var number = EventNumber(row, Cell(ChronologyColumn.EventNumber), problems);
        var date = Date(row, Cell(ChronologyColumn.Date), problems);
        var time = Time(row, Cell(ChronologyColumn.Time), problems);
        var seen = ChildSeen(row, Cell(ChronologyColumn.ChildSeen), problems);
        var happened = Cell(ChronologyColumn.Event);
        if (happened is { Length: 0 })
        {
            problems.Add(new ChronologyProblem(row, ChronologyColumn.Event, $"Row {row}: the Event column is empty; say what happened."));
        }

        var entry = new ChronologyEntry(
            agency,
            number ?? 0,
            date ?? default,
            time,
            Cell(ChronologyColumn.AgeOfChild) ?? string.Empty,
            Cell(ChronologyColumn.FamilyMember) ?? string.Empty,
            seen,
            happened ?? string.Empty,
            Cell(ChronologyColumn.AgencySource) ?? string.Empty,
            Cell(ChronologyColumn.ActionTaken) ?? string.Empty,
            Cell(ChronologyColumn.Note) ?? string.Empty);
        return problems.Count == before ? entry : null;
    }

    private static int? EventNumber(int row, string? text, List<ChronologyProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0)
        {
            problems.Add(new ChronologyProblem(row, ChronologyColumn.EventNumber, $"Row {row}: the Event No is empty; number the events 1, 2, 3 and so on, in the order of the chronology."));
            return null;
        }

        if (ChronologyValues.EventNumber(text) is { } number)
        {
            return number;
        }

        problems.Add(new ChronologyProblem(row, ChronologyColumn.EventNumber, $"Row {row}: the Event No{Shown(text)} is not a whole number; number the events 1, 2, 3 and so on."));
        return null;
    }

    private static DateOnly? Date(int row, string? text, List<ChronologyProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0)
        {
            problems.Add(new ChronologyProblem(row, ChronologyColumn.Date, $"Row {row}: the date is empty; {DateForm}."));
            return null;
        }

        var date = ChronologyValues.Date(text, out var looksLikeDate);
        if (date is null)
        {
            var message = looksLikeDate
                ? $"Row {row}: the date{Shown(text)} is not a real date; {DateForm}."
                : $"Row {row}: the date{Shown(text)} is not written as dd/mm/yyyy; {DateForm}, for example 14/06/2026.";
            problems.Add(new ChronologyProblem(row, ChronologyColumn.Date, message));
        }

        return date;
    }

    private static TimeOnly? Time(int row, string? text, List<ChronologyProblem> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var time = ChronologyValues.Time(text);
        if (time is null)
        {
            problems.Add(new ChronologyProblem(row, ChronologyColumn.Time, $"Row {row}: the time{Shown(text)} is not a time on the 24-hour clock; write it as hh:mm, such as 09:30 or 14:05, or leave it empty if the record gives no time."));
        }

        return time;
    }

    private static bool? ChildSeen(int row, string? text, List<ChronologyProblem> problems)
    {
        if (text is null)
        {
            return null;
        }

        var seen = ChronologyValues.ChildSeen(text, out var understood);
        if (!understood)
        {
            var not = ChronologyValues.Quoted(text) is { } quoted ? $", not {quoted}" : string.Empty;
            problems.Add(new ChronologyProblem(row, ChronologyColumn.ChildSeen, $"Row {row}: the Child seen column should say Y or N{not}; write Y if the child was seen or their wishes were sought or expressed, N if not, or leave it empty if the record does not say."));
        }

        return seen;
    }

    private static string Shown(string text) => ChronologyValues.Quoted(text) is { } quoted ? " " + quoted : string.Empty;
}
