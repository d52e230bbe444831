namespace ReviewFunctions.Domain.Reports.Timeliness;

/// <summary>
/// Median and 90th-percentile lateness by the nearest-rank method: the p-th percentile is the smallest lateness that at
/// least p per cent of the steps were no later than. It is always a lateness some step actually had, a whole number of
/// working days a chair can check by counting down a sorted list, never an average of two.
/// </summary>
public static class Lateness
{
    public static int? Percentile(IReadOnlyCollection<int> workingDaysLate, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (workingDaysLate.Count == 0)
        {
            return null;
        }

        var sorted = workingDaysLate.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[rank - 1];
    }
}
