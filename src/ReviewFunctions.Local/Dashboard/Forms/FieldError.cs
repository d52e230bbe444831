namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>One problem with a form, shown in the error summary and beside the field with <see cref="FieldId"/>.</summary>
public sealed record FieldError(string FieldId, string Message);

/// <summary>A form that came back: which one, what was typed and what was wrong.</summary>
public sealed record PostedForm(string Form, FormValues Values, IReadOnlyList<FieldError> Errors)
{
    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;
}
