using ReviewFunctions.Domain.Access;
using ReviewFunctions.Infrastructure.Access;

namespace ReviewFunctions.Local.Tests.Cli;

public sealed class PrincipalVerbTests
{
    [Fact]
    public void The_header_names_the_Board_person_with_their_email_and_roles_as_App_Service_Authentication_would()
    {
        var run = CliRun.Of("principal", "business-manager");

        Assert.Equal(0, run.ExitCode);
        var (caller, problem) = ClientPrincipal.Read(run.Out.Trim());
        Assert.Null(problem);
        Assert.Equal(("Priya Shah", "business-manager@westbridge-scp.example"), (caller!.Name, caller.Email));
        Assert.Equal([BoardRoles.Manager], caller.Roles);
    }

    [Fact]
    public void A_Board_file_of_its_own_gives_its_own_people()
    {
        var board = Path.Combine(Path.GetTempPath(), $"board-{Guid.NewGuid():N}.json");
        File.WriteAllText(board, """{"people":[{"key":"clerk","name":"Ann Clerk","email":"clerk@board.example","roles":["Audit.Read"]}]}""");
        try
        {
            var (caller, _) = ClientPrincipal.Read(CliRun.Of("principal", "clerk", "--board", board).Out.Trim());

            Assert.Equal(("clerk", "clerk@board.example", true), (caller!.ObjectId, caller.Email, caller.Has(BoardRoles.Auditor)));
        }
        finally
        {
            File.Delete(board);
        }
    }

    [Fact]
    public void An_unknown_person_exits_with_2_and_lists_the_keys()
    {
        var run = CliRun.Of("principal", "nobody");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("the Board has nobody with the key 'nobody'; the keys are admin, business-manager, chair,", run.Error, StringComparison.Ordinal);
        Assert.Contains("intake-reader", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_person_it_says_whose_header_is_wanted()
    {
        var run = CliRun.Of("principal", "--board", "x.json");

        Assert.Equal((2, "error: principal: say whose, e.g. principal business-manager"), (run.ExitCode, run.Error.Trim()));
    }
}
