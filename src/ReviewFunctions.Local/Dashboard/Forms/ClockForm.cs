using System.Globalization;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Pages;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>Moves the practice clock forward by hours, days or weeks; every review's timers fire in order on the way.</summary>
public static class ClockForm
{
    public const string Name = "clock";

    /// <summary>Longer than any procedure runs, short enough that one press cannot keep the host busy for long.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromDays(2 * 366);

    private static readonly Field Amount = new("clock-amount", "amount", "How many", "A whole number, for example 3.");
    private static readonly Field Unit = new("clock-unit", "unit", "Hours, days or weeks");

    private static readonly Choice[] Units = [new("days", "Days"), new("weeks", "Weeks"), new("hours", "Hours")];

    public static (DateTimeOffset? To, IReadOnlyList<FieldError> Errors) Read(FormValues values, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var amountText = values.Trimmed(Amount.Name);
        var amount = 0;
        if (amountText is null)
        {
            errors.Add(new FieldError(Amount.Id, "Enter how far to move the clock forward"));
        }
        else if (!int.TryParse(amountText, NumberStyles.None, CultureInfo.InvariantCulture, out amount) || amount < 1)
        {
            errors.Add(new FieldError(Amount.Id, "How far to move the clock must be a whole number, 1 or more"));
        }

        TimeSpan? unit = values.Trimmed(Unit.Name) switch
        {
            "hours" => TimeSpan.FromHours(1),
            "days" => TimeSpan.FromDays(1),
            "weeks" => TimeSpan.FromDays(7),
            _ => null,
        };
        if (unit is null)
        {
            errors.Add(new FieldError(Unit.Id, "Select hours, days or weeks"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var by = unit!.Value * amount;
        return by > Longest
            ? (null, [new FieldError(Amount.Id, "The clock can move at most 2 years at a time")])
            : (now + by, []);
    }

    public static void Render(HtmlBuilder html, ReviewListModel model)
    {
        var values = model.Posted?.Form == Name ? model.Posted.Values : FormValues.None;
        string? ErrorFor(Field field) => model.Posted?.Form == Name ? model.Posted.ErrorFor(field.Id) : null;
        html.Add($"""<form method="post" action="{DashboardPaths.Clock}" novalidate>""");
        Fields.Token(html, model.Token);
        Fields.Text(html, Amount, values.Get(Amount.Name), ErrorFor(Amount), narrow: true);
        Fields.Radios(html, Unit, Units, model.Posted?.Form == Name ? values.Get(Unit.Name) : "days", ErrorFor(Unit));
        Fields.Button(html, "Move the clock forward");
        html.Add($"</form>\n");
    }
}
