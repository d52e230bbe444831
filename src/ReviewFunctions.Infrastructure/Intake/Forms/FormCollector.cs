using System.Text.RegularExpressions;

namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// Reads a form's blocks in order, keeping track of which section it is in, and collects every field, grid row and
/// tick it recognises. The Word reader and the e-mail body reader both feed it, so both understand the same form.
/// </summary>
internal sealed partial class FormCollector
{
    // Labels so general that inside a grid section they describe the row being typed, not the referrer or the child.
    private static readonly HashSet<string> GeneralLabels = new(StringComparer.Ordinal)
    {
        "agency", "organisation", "organization", "email", "email address", "phone", "phone no", "phone number", "telephone",
        "tel", "tel no", "mobile", "contact number", "contact no", "address", "home address", "dob", "date of birth", "born",
        "died", "date of death", "carer", "manager", "child", "incident",
    };

    private FormSection _section;

    public CollectedForm Form { get; } = new();

    public void Add(FormBlock block)
    {
        switch (block)
        {
            case TextBlock text:
                foreach (var line in text.Text.Split('\n'))
                {
                    AddLine(line.TrimEnd('\r'));
                }

                break;
            case TableBlock table:
                AddTable(table.Rows);
                break;
        }
    }

    private void AddLine(string raw)
    {
        var line = raw.Trim();
        if (line.Length == 0)
        {
            return;
        }

        if (TickBoxes.Read(line) is { } tick)
        {
            _section = FormSection.Circumstances;
            if (tick.Ticked)
            {
                Form.Tick(tick.Letter);
            }

            return;
        }

        var labelled = LabelValue().Match(line);
        var hasValue = labelled.Success && labelled.Groups["value"].Value.Trim().Length > 0;
        if (!hasValue && FieldLabels.Section(labelled.Success ? labelled.Groups["label"].Value : line) is { } heading)
        {
            _section = heading;
            return;
        }

        var inGrid = _section is FormSection.Family or FormSection.Agencies or FormSection.Chronology;
        if (inGrid && RowText.IsListItem(line))
        {
            AddRowText(line);
            return;
        }

        if (labelled.Success && AddLabelled(labelled.Groups["label"].Value, labelled.Groups["value"].Value, inGrid))
        {
            return;
        }

        switch (_section)
        {
            case FormSection.Family or FormSection.Agencies:
                AddRowText(line);
                break;
            case FormSection.Chronology when RowText.Chronology(line) is not null:
                AddRowText(line);
                break;
            case FormSection.Circumstances when !line.StartsWith("please ", StringComparison.OrdinalIgnoreCase):
                Form.Description.Add(line);
                break;
        }
    }

    private bool AddLabelled(string label, string value, bool inGrid)
    {
        var field = FieldLabels.Field(label, _section);
        if (field is not null && !(inGrid && GeneralLabels.Contains(LabelText.Normalise(label))))
        {
            _section = SectionOf(field.Value);
            Form.Add(field.Value, value);
            return true;
        }

        return false;
    }

    private void AddRowText(string line)
    {
        switch (_section)
        {
            case FormSection.Family:
                AddFamily(RowText.Family(line));
                break;
            case FormSection.Agencies:
                AddAgency(RowText.Agency(line));
                break;
            case FormSection.Chronology when RowText.Chronology(RowText.StripBullet(line)) is { } entry:
                Form.Chronology.Add(entry);
                Form.Recognised++;
                break;
        }
    }

    private void AddTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            if (TableColumns.Family(cells) is { } family)
            {
                _section = FormSection.Family;
                r = Grid(rows, r, family, AddFamily);
            }
            else if (TableColumns.Agencies(cells) is { } agencies)
            {
                _section = FormSection.Agencies;
                r = Grid(rows, r, agencies, AddAgency);
            }
            else if (TableColumns.Chronology(cells) is { } chronology)
            {
                _section = FormSection.Chronology;
                r = Grid(rows, r, chronology, row =>
                {
                    if (!string.IsNullOrWhiteSpace(row[0]) || !string.IsNullOrWhiteSpace(row[1]))
                    {
                        Form.Chronology.Add((row[0] ?? string.Empty, row[1] ?? string.Empty));
                        Form.Recognised++;
                    }
                });
            }
            else
            {
                AddPairs(cells);
            }
        }
    }

    /// <summary>Reads the grid's rows after its header, up to the end of the table or a row that starts something else.</summary>
    private static int Grid(IReadOnlyList<IReadOnlyList<string>> rows, int header, int[] columns, Action<string?[]> add)
    {
        var r = header + 1;
        for (; r < rows.Count; r++)
        {
            var cells = rows[r];
            var row = columns.Select(c => c >= 0 && c < cells.Count ? Blank(cells[c]) : null).ToArray();
            if (row.All(v => v is null))
            {
                continue;
            }

            add(row);
        }

        return r - 1;
    }

    private void AddPairs(IReadOnlyList<string> cells)
    {
        if (_section == FormSection.Circumstances && cells.Count >= 2 && TickBoxes.Item(cells[0]) is { } letter)
        {
            if (cells.Skip(1).Any(TickBoxes.IsMark))
            {
                Form.Tick(letter);
            }

            return;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            var field = FieldLabels.Field(cell, _section);
            if (field is not null && i + 1 < cells.Count)
            {
                _section = SectionOf(field.Value);
                Form.Add(field.Value, cells[i + 1]);
                i++;
                continue;
            }

            AddLine(cell);
        }
    }

    private void AddFamily(string?[] row)
    {
        if (row.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            Form.Family.Add(row.Select(Blank).ToArray());
            Form.Recognised++;
        }
    }

    private void AddAgency(string?[] row)
    {
        if (row.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            Form.Agencies.Add(row.Select(Blank).ToArray());
            Form.Recognised++;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static FormSection SectionOf(FormField field) => field switch
    {
        FormField.ReferrerName or FormField.ReferrerAgency or FormField.ReferrerEmail or FormField.ReferrerPhone or FormField.LineManager
            => FormSection.Referrer,
        FormField.Circumstances => FormSection.Circumstances,
        FormField.ReferralDate or FormField.SignedBy => FormSection.Closing,
        _ => FormSection.Child,
    };

    [GeneratedRegex(@"^(?<label>[^:\t]{1,90}?)\s*(?::|\t)\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValue();
}
