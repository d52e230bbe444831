using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Cli;

/// <summary>
/// <c>principal PERSON-KEY [--board FILE]</c>: the <c>X-MS-CLIENT-PRINCIPAL</c> header App Service Authentication
/// would send for one of the Board's people, so a script or curl can call the local host's API as that person.
/// </summary>
internal static class PrincipalVerb
{
    public static int Run(string[] args, TextWriter stdout)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("principal: say whose, e.g. principal business-manager");
        }

        var options = new Arguments(args[1..], new HashSet<string>(StringComparer.Ordinal));
        var board = options.Optional("--board");
        options.RejectUnknown();
        if (board is not null && !File.Exists(board))
        {
            throw new UsageException($"--board: there is no file {board}");
        }

        var people = BoardPeople.Read(LocalBoard.SettingsJson(board));
        var person = people.Find(args[0])
            ?? throw new UsageException($"principal: the Board has nobody with the key '{args[0]}'; the keys are {string.Join(", ", people.All.Select(p => p.Key))}");
        stdout.WriteLine(ClientPrincipal.Encode(person.Caller));
        return CommandLine.Ok;
    }
}
