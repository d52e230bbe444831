namespace ReviewFunctions.Local.Cli;

/// <summary>Routes the command-line verbs; every bad argument is one line on stderr and exit code 2.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int BadArguments = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stdout.Flush();
        stderr.WriteLine("usage: reviewfunctions plan|calendar ... (no verb given)");
        return BadArguments;
    }
}
