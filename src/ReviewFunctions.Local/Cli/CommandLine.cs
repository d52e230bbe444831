namespace ReviewFunctions.Local.Cli;

/// <summary>Routes the command-line verbs; every bad argument is one line on stderr and exit code 2.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int BadArguments = 2;

    private const string Usage = "usage: ReviewFunctions.Local run [--urls http://127.0.0.1:7071] [--data DIR] [--clock system|virtual] [--start yyyy-MM-ddTHH:mm:ssZ] [--board FILE] [--sweep-every SECONDS]"
        + " | plan --kind KIND --nation NATION --referral-received yyyy-MM-dd [--decision yyyy-MM-dd] [--incident yyyy-MM-dd] [--awareness yyyy-MM-dd] [--procedures DIR] [--json]"
        + " | calendar add-working-days --nation NATION --from yyyy-MM-dd --days N"
        + " | calendar holidays --nation NATION --year YYYY [--json]"
        + " | referral check FILE.docx|MESSAGE.json [--received yyyy-MM-dd] [--json]"
        + " | principal PERSON-KEY [--board FILE]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "plan" => PlanVerb.Run(args[1..], stdout),
                "calendar" => CalendarVerb.Run(args[1..], stdout),
                "run" => RunVerb.Run(args[1..], stdout),
                "referral" => ReferralVerb.Run(args[1..], stdout, TimeProvider.System),
                "principal" => PrincipalVerb.Run(args[1..], stdout),
                "--help" or "-h" or "help" => Help(stdout),
                null => throw new UsageException("no verb given; " + Usage),
                var verb => throw new UsageException($"unknown verb '{verb}'; {Usage}"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadArguments;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return Ok;
    }
}
