using ReviewFunctions.Domain.Calendar;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Reviews;

namespace ReviewFunctions.Bench.National;

/// <summary>
/// The year's referrals: the review mix in its proportions, arriving on days spread over 2027, nine in ten in working
/// hours (the rest in the evening, at night or at a weekend, as an out-of-hours team sends them), with the incident up
/// to a fortnight before and the body becoming aware of it up to three days before.
/// </summary>
internal static class Referrals
{
    private const double InWorkingHours = 0.9;

    private static readonly DateOnly FirstDay = new(2027, 1, 1);

    private static readonly string[] Agencies = ["Police", "Health", "Children's Services", "Education", "Probation", "Ambulance Service"];

    public static IReadOnlyList<(ReferralReceived Referral, ReviewMix.Share Share)> Sample(int total, Random random, UkCalendar calendar)
    {
        var shares = ReviewMix.Allocate(total).SelectMany(a => Enumerable.Repeat(a.Share, a.Count)).ToList();
        var arrivals = shares.Select(share => (Share: share, At: Arrival(share.Nation, random, calendar))).OrderBy(a => a.At).ToList();
        return [.. arrivals.Select((a, i) => (Referral(a.Share, a.At, i + 1, random), a.Share))];
    }

    private static DateTimeOffset Arrival(Nation nation, Random random, UkCalendar calendar)
    {
        var day = FirstDay.AddDays(random.Next(365));
        if (random.NextDouble() >= InWorkingHours)
        {
            return UkTime.At(day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(random.Next(24 * 60))));
        }

        while (!calendar.IsWorkingDay(nation, day))
        {
            day = day.AddDays(1);
        }

        return UkTime.At(day, new TimeOnly(9, 0).AddMinutes(random.Next(8 * 60 + 30)));
    }

    private static ReferralReceived Referral(ReviewMix.Share share, DateTimeOffset at, int number, Random random)
    {
        var received = UkTime.ToUkDate(at);
        var incident = received.AddDays(-random.Next(15));
        var awareness = received.AddDays(-random.Next(Math.Min(3, received.DayNumber - incident.DayNumber) + 1));
        var agencies = Agencies.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToList();
        return new ReferralReceived(at, $"NB-2027-{number:D6}", share.Kind, share.Nation, incident, awareness, agencies, "intake");
    }
}
