using System.Globalization;

namespace ReviewFunctions.Domain.Notices;

/// <summary>
/// The one morning message a person gets about every step that needs them, across all their reviews: overdue first,
/// then due today, then coming up; grouped by review. A step reminded more than once since the last digest appears
/// once. References and step titles only: nothing in it identifies a family.
/// </summary>
public static class ReminderDigest
{
    public static RenderedNotice Compose(IReadOnlyCollection<ReminderItem> items, string boardName, DateOnly day)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        var steps = items
            .GroupBy(i => (i.Reference, i.Step, i.Occurrence, i.Kind == ReminderItemKind.Undelivered))
            .Select(g => g.OrderByDescending(i => i.Kind).ThenByDescending(i => i.Instant).First())
            .ToList();
        var reviews = steps.GroupBy(s => s.Reference).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var overdue = steps.Count(s => Status(s, day) == 0);

        var blocks = new List<TemplateBlock>
        {
            Paragraph("Good morning,"),
            Paragraph($"Here is what needs you on the reviews you work on, as of {UkDates.Written(day)}. "
                + $"{Count(steps.Count, "step")} across {Count(reviews.Count, "review")}"
                + (overdue > 0 ? $", {overdue} of them overdue." : ".")),
        };

        foreach (var review in reviews)
        {
            blocks.Add(new TemplateBlock(BlockKind.Heading, [$"Review {Safe(review.Key)}"], false));
            blocks.Add(new TemplateBlock(
                BlockKind.List,
                [.. review.OrderBy(s => Status(s, day)).ThenBy(s => s.Due.Deadline).Select(s => Line(s, day))],
                false));
        }

        blocks.Add(Paragraph("Record each step in the review once it is done and it will drop off this list. If a date cannot be met, agree an extension and record it with the reason."));
        blocks.Add(Paragraph("This message gives review references only. Open the review to see its details."));
        blocks.Add(Paragraph("{{boardName}}"));

        var subject = $"Review steps for {UkDates.Written(day)}: {Count(steps.Count, "step")} across {Count(reviews.Count, "review")}"
            + (overdue > 0 ? $", {overdue} overdue" : string.Empty);
        var template = new NoticeTemplate("reminder-digest", Safe(subject), blocks);
        return TemplateRenderer.Render(template, new Dictionary<string, string?> { ["boardName"] = boardName });
    }

    /// <summary>0 overdue, 1 due today, 2 coming up: the order a busy manager reads in.</summary>
    private static int Status(ReminderItem item, DateOnly day) =>
        item.Kind is ReminderItemKind.Overdue or ReminderItemKind.Undelivered || item.Due.Day < day ? 0 : item.Due.Day == day ? 1 : 2;

    private static string Line(ReminderItem item, DateOnly day)
    {
        var title = Safe(item.StepTitle) + (item.Occurrence > 1 ? $" (number {item.Occurrence})" : string.Empty);
        if (item.Kind == ReminderItemKind.Undelivered)
        {
            return $"Not delivered to everyone: {title}. Missed: {Safe(item.Problem ?? "see the review")}. Add the address and it goes to them.";
        }

        return Status(item, day) switch
        {
            0 => $"Overdue since {UkDates.Written(item.Due)}: {title}. Owner: {Safe(item.OwnerTitle)}.",
            1 => $"Due today: {title}.",
            _ => $"Due {UkDates.Written(item.Due)}: {title}.",
        };
    }

    private static TemplateBlock Paragraph(string text) => new(BlockKind.Paragraph, [text], false);

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

    /// <summary>Titles are data; braces in them must not be read as template fields.</summary>
    private static string Safe(string text) => text.Replace("{{", "{ {", StringComparison.Ordinal);
}
