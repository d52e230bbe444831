using System.Diagnostics;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;
using Xunit.Abstractions;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>Many deliveries at once, as when a mailbox poll and retried HTTP posts overlap.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ConcurrentIntakeTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Referrals = 10;
    private const int DeliveriesEach = 5;

    [Fact]
    public async Task Fifty_parallel_deliveries_of_ten_referrals_start_ten_reviews_numbered_without_gaps()
    {
        var intake = new IntakeHarness(azurite);

        // Each referral arrives five times: the same message three times (a redelivery) and twice more as other
        // messages carrying the same form (a resend, a colleague's copy).
        var deliveries = new List<(int Referral, byte[] Json)>();
        for (var r = 0; r < Referrals; r++)
        {
            var form = new FormContent()
                .WithChild("Name Of Child", $"Child Number{(char)('A' + r)} Testcase")
                .WithChild("Date of Birth", $"{r + 1:00}/03/2022")
                .ToDocx();
            for (var d = 0; d < DeliveriesEach; d++)
            {
                var id = d < 3 ? $"<referral-{r}@x.example>" : $"<referral-{r}-copy-{d}@x.example>";
                deliveries.Add((r, Messages.Bytes(Messages.Json(id, attachments: Messages.File("form.docx", form)))));
            }
        }

        var order = deliveries.OrderBy(_ => Random.Shared.Next()).ToList();
        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(order.Select(d => Task.Run(async () => (d.Referral, Outcome: await intake.ReceiveAsync(d.Json)))));
        clock.Stop();

        Assert.Equal(Referrals, intake.Starter.Started.Count);
        Assert.Equal(Referrals, intake.Starter.Calls.Count);
        Assert.Equal(Enumerable.Range(1, Referrals).Select(n => $"CR-2027-{n:0000}"), intake.Starter.Started.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Referrals, outcomes.Count(o => o.Outcome.Result == IntakeResult.Started));
        Assert.Equal(Referrals * (DeliveriesEach - 1), outcomes.Count(o => o.Outcome.Result == IntakeResult.Duplicate));
        Assert.All(outcomes.GroupBy(o => o.Referral), g => Assert.Single(g.Select(o => o.Outcome.Reference).Distinct()));
        output.WriteLine($"{deliveries.Count} deliveries of {Referrals} referrals settled in {clock.Elapsed.TotalSeconds:F2} s.");
    }
}
