namespace ReviewFunctions.Infrastructure.Intake;

/// <summary>
/// The form's fields as text, before any of it is interpreted: every value given for a field (two different ones
/// are a contradiction to report), the grids' rows, and the tick boxes.
/// </summary>
internal sealed class CollectedForm
{
    public Dictionary<FormField, List<string>> Values { get; } = [];

    /// <summary>Family rows in <see cref="TableColumns"/> Family* order.</summary>
    public List<string?[]> Family { get; } = [];

    /// <summary>Agency rows in <see cref="TableColumns"/> Agency* order.</summary>
    public List<string?[]> Agencies { get; } = [];

    /// <summary>Chronology rows: the date as typed and the event.</summary>
    public List<(string Date, string Event)> Chronology { get; } = [];

    /// <summary>Letters ticked in the circumstances list, in the form's order.</summary>
    public List<string> Ticked { get; } = [];

    public List<string> Description { get; } = [];

    /// <summary>How many labels and grid rows were recognised: a document with almost none is not the referral form.</summary>
    public int Recognised { get; set; }

    public void Add(FormField field, string value)
    {
        if (!Values.TryGetValue(field, out var list))
        {
            Values[field] = list = [];
        }

        list.Add(value.Trim());
        Recognised++;
    }

    public void Tick(string letter)
    {
        if (!Ticked.Contains(letter))
        {
            Ticked.Add(letter);
        }

        Recognised++;
    }
}
