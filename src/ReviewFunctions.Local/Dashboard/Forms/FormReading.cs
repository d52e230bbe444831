using System.Text.Json.Nodes;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>A form turned into the person event it records, or the problems that stopped it being built.</summary>
public sealed record FormReading(JsonObject? Event, IReadOnlyList<FieldError> Errors, bool ShowAgain = false)
{
    /// <summary>Nothing to record yet: the form asked for itself again (another row for an action), with what was typed.</summary>
    public static FormReading Again { get; } = new(null, [], true);

    public static FormReading Of(JsonObject e) => new(e, []);

    public static FormReading Problems(params FieldError[] errors) => new(null, errors);
}
