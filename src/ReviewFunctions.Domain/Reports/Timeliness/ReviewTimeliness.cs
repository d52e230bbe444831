using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Procedures;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Domain.Reports.Timeliness;

/// <summary>
/// The steps of one review that fell due in a period, each measured against its deadline in the review's nation's
/// working days. A step counts once its clock has started (open or done); steps still waiting for what they follow,
/// and steps the review no longer needs, have no deadline to meet.
/// </summary>
public static class ReviewTimeliness
{
    public static IReadOnlyList<StepTimeliness> Of(ReviewEngine engine, ReviewState state, ReportPeriod period, DateTimeOffset now)
    {
        var calendar = engine.Deadlines.Calendar;
        var today = UkTime.ToUkDate(now);
        var steps = new List<StepTimeliness>();
        foreach (var step in engine.Schedule(state))
        {
            if (step.Status is not (StepStatus.Open or StepStatus.Done) || !period.Contains(step.Due.Day))
            {
                continue;
            }

            var (status, late) = Measure(calendar, state.Nation, step, now, today);
            steps.Add(new StepTimeliness(
                state.Reference,
                state.Kind,
                state.Nation.ToName(),
                step.Id,
                step.Occurrence,
                step.Definition.Title,
                step.Definition.Owner,
                StepPhases.Name(step.Definition.Phase),
                step.Due,
                step.Extension is null ? null : DueWithoutExtension(engine, state, step),
                step.Extension?.Reason,
                step.Done?.At,
                status,
                late));
        }

        return steps;
    }

    private static (TimelinessStatus Status, int? WorkingDaysLate) Measure(UkCalendar calendar, Nation nation, ScheduledStep step, DateTimeOffset now, DateOnly today)
    {
        if (step.Done is { } done)
        {
            var late = done.At >= step.Due.Deadline;
            return (late ? TimelinessStatus.Late : TimelinessStatus.OnTime, calendar.WorkingDaysBetween(nation, step.Due.Day, UkTime.ToUkDate(done.At)));
        }

        return step.Due.IsOverdueAt(now)
            ? (TimelinessStatus.Overdue, calendar.WorkingDaysBetween(nation, step.Due.Day, today))
            : (TimelinessStatus.NotYetDue, null);
    }

    /// <summary>The deadline the procedure set before the extension: the same schedule without this step's extension.</summary>
    private static Due DueWithoutExtension(ReviewEngine engine, ReviewState state, ScheduledStep step)
    {
        var unextended = state with { Extensions = state.Extensions.Remove(step.Id) };
        return engine.Schedule(unextended).First(s => s.Id == step.Id && s.Occurrence == step.Occurrence).Due;
    }
}
