namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>A form field: its element id (unique on the page, the error summary links to it), the name it posts as, its label.</summary>
public sealed record Field(string Id, string Name, string Label, string? Hint = null);

/// <summary>One choice of a select or a set of radios; a radio may say more about itself in a hint.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null);
