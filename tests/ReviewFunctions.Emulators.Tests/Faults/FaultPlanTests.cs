using ReviewFunctions.Emulators.Faults;
using ReviewFunctions.Emulators.Mail;

namespace ReviewFunctions.Emulators.Tests.Faults;

/// <summary>A seed names one plan: the same faults at the same request numbers on every run, and every kind of fault in it.</summary>
[Trait("Category", "FaultInjection")]
public sealed class FaultPlanTests
{
    private const int Requests = 6000;

    [Fact]
    public void The_same_seed_gives_the_same_storage_faults_and_another_seed_different_ones()
    {
        var once = Enumerable.Range(1, Requests).Select(n => new StorageFaultPlan(11).For(n)).ToList();
        var again = Enumerable.Range(1, Requests).Reverse().Select(n => new StorageFaultPlan(11).For(n)).Reverse().ToList();
        var other = Enumerable.Range(1, Requests).Select(n => new StorageFaultPlan(23).For(n)).ToList();

        Assert.Equal(once, again);
        Assert.NotEqual(once, other);
    }

    [Fact]
    public void A_storage_plan_holds_storms_of_both_kinds_drops_on_both_sides_of_storage_and_pauses()
    {
        var plan = new StorageFaultPlan(37);
        var faults = Enumerable.Range(1, Requests).Select(n => plan.For(n)).ToList();

        Assert.All(Enum.GetValues<StorageFaultKind>(), kind => Assert.Contains(faults, f => f.Kind == kind));
        Assert.Contains(faults.Zip(faults.Skip(1)), pair => pair.First.Kind == StorageFaultKind.ServerBusy && pair.Second.Kind == StorageFaultKind.ServerBusy);
        Assert.Contains(faults.Zip(faults.Skip(1)), pair => pair.First.Kind == StorageFaultKind.Throttled && pair.Second.Kind == StorageFaultKind.Throttled);
        Assert.All(faults.Where(f => f.Kind == StorageFaultKind.Slow), f => Assert.InRange(f.Delay, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        Assert.InRange(faults.Count(f => f.Kind != StorageFaultKind.None), Requests / 100, Requests / 5);
    }

    [Fact]
    public void A_mail_plan_throttles_fails_and_answers_late_in_storms_shorter_than_the_senders_retries()
    {
        var plan = new MailFaultPlan(11);
        var faults = Enumerable.Range(1, 600).Select(n => plan.For(n)).ToList();

        Assert.All(Enum.GetValues<MailFault>(), kind => Assert.Contains(faults, f => f == kind));
        var longest = faults.Aggregate((Longest: 0, Run: 0), (s, f) => f is null or MailFault.AnsweredLate ? (s.Longest, 0) : (Math.Max(s.Longest, s.Run + 1), s.Run + 1)).Longest;
        Assert.InRange(longest, 1, 4);
        Assert.Equal(faults, Enumerable.Range(1, 600).Select(n => new MailFaultPlan(11).For(n)));
        Assert.True(MailFaultPlan.HeldFor > MailFaultPlan.ClientTimeout);
    }

    [Fact]
    public void The_mail_endpoint_answers_a_planned_timeout_as_accepted_but_late()
    {
        var outbox = new MailOutbox { Plan = new MailFaultPlan(11) };
        var late = Enumerable.Range(1, 600).First(n => new MailFaultPlan(11).For(n) == MailFault.AnsweredLate);

        var fault = outbox.TakeFault(late);

        Assert.NotNull(fault);
        Assert.Equal(202, fault.Status);
        Assert.Equal(MailFaultPlan.HeldFor, fault.AnswerAfter);
    }
}
