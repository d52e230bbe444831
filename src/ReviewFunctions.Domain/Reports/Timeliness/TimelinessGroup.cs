namespace ReviewFunctions.Domain.Reports.Timeliness;

/// <summary>
/// The steps that share a kind, a stage, an owner, a step or a review, counted: how many fell due, were done on time,
/// late, are overdue or still in time, and the median and 90th-percentile lateness of those done or overdue.
/// </summary>
public sealed record TimelinessGroup(
    string Key,
    string Title,
    int Steps,
    int OnTime,
    int Late,
    int Overdue,
    int NotYetDue,
    int Extended,
    int? MedianWorkingDaysLate,
    int? P90WorkingDaysLate)
{
    public static TimelinessGroup Of(string key, string title, IReadOnlyCollection<StepTimeliness> steps)
    {
        var lateness = steps.Where(s => s.Measured).Select(s => s.WorkingDaysLate!.Value).ToList();
        return new TimelinessGroup(
            key,
            title,
            steps.Count,
            steps.Count(s => s.Status == TimelinessStatus.OnTime),
            steps.Count(s => s.Status == TimelinessStatus.Late),
            steps.Count(s => s.Status == TimelinessStatus.Overdue),
            steps.Count(s => s.Status == TimelinessStatus.NotYetDue),
            steps.Count(s => s.OriginalDue is not null),
            Lateness.Percentile(lateness, 50),
            Lateness.Percentile(lateness, 90));
    }
}
