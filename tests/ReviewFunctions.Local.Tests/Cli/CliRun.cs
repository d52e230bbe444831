using System.Text.Json;
using ReviewFunctions.Local.Cli;

namespace ReviewFunctions.Local.Tests.Cli;

/// <summary>Runs the command line in-process and captures what a person would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, Error);
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }
}
