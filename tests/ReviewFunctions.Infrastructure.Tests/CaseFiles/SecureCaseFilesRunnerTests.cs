using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

public sealed class SecureCaseFilesRunnerTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 8, 10, 42, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_person_in_two_roles_is_given_access_once_and_the_event_carries_the_read_back_list()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.Add("bm@board.example.org");
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        var member = new ReviewMember("bm@board.example.org", "business-manager", Now, "intake");
        var command = new SecureCaseFiles("CR-2027-0006", [member, member with { Email = "BM@board.example.org", Role = "panel-chair" }], 2);

        var outcome = await new SecureCaseFilesRunner(store, TimeProvider.System).RunAsync(command, Now);

        Assert.Equal(new CaseFilesSecured(Now, 2, "Case reviews/CR-2027-0006", []), Assert.IsType<CaseFilesSecured>(Assert.Single(outcome.Events)) with { Access = [] });
        Assert.Equal(["bm@board.example.org"], ((CaseFilesSecured)outcome.Events[0]).Access);
        Assert.Single(fake.Requests, r => r.Path.EndsWith("/invite", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mismatch_is_thrown_not_recorded_so_the_host_retries_the_command()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith(["bm@board.example.org", "chair@panel.example.org"]);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        var runner = new SecureCaseFilesRunner(store, TimeProvider.System);
        var manager = new ReviewMember("bm@board.example.org", "business-manager", Now, "intake");
        await runner.RunAsync(new SecureCaseFiles("CR-2027-0006", [manager, new ReviewMember("chair@panel.example.org", "panel-chair", Now, "bm")], 2), Now);
        fake.SwallowRevokes = true;

        await Assert.ThrowsAsync<CaseFileAccessMismatchException>(() => runner.RunAsync(new SecureCaseFiles("CR-2027-0006", [manager], 3), Now));
    }
}
