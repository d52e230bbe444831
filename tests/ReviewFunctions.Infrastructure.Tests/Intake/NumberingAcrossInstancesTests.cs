using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Tests.Intake.Support;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

/// <summary>
/// Two instances of intake on one register, as two Functions instances are: each numbers from the counter as it last
/// wrote it, so every number the other gave in between must make it read the counter again, not give a number twice.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class NumberingAcrossInstancesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_instances_taking_turns_number_every_referral_once_without_gaps()
    {
        var first = new IntakeHarness(azurite);
        var second = new IntakeHarness(azurite, _ => first.Options);

        var references = new List<string?>();
        for (var r = 0; r < 6; r++)
        {
            var form = new FormContent().WithChild("Name Of Child", $"Child Turn{(char)('A' + r)} Testcase").ToDocx();
            var json = Messages.Bytes(Messages.Json($"<turn-{r}@x.example>", attachments: Messages.File("form.docx", form)));
            var outcome = await (r % 3 == 0 ? second : first).ReceiveAsync(json);
            Assert.Equal(IntakeResult.Started, outcome.Result);
            references.Add(outcome.Reference);
        }

        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"CR-2027-{n:0000}"), references);
    }
}
