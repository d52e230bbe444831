using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Local.Cli;

/// <summary>
/// <c>referral check FILE</c>: the intake's own reading and validation, offline, so a Board can check a form (a
/// .docx) or a whole message (Graph message JSON) before it is sent. Exit 0 when valid, 1 when not, 2 for bad arguments.
/// </summary>
internal static class ReferralVerb
{
    public const int Invalid = 1;

    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextWriter stdout, TimeProvider time)
    {
        if (args.Length == 0 || args[0] != "check")
        {
            throw new UsageException(args.Length == 0 ? "referral: say check FILE" : $"referral: unknown action '{args[0]}' (use check)");
        }

        var file = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? throw new UsageException("referral check: give the .docx form or .json message to check");
        var rest = args.Skip(1).ToList();
        rest.Remove(file);
        var options = new Arguments(rest, new HashSet<string>(["--json"], StringComparer.Ordinal));
        var received = options.OptionalDate("--received");
        var json = options.Flag("--json");
        options.RejectUnknown();

        var reading = Read(file, received ?? UkTime.ToUkDate(time.GetUtcNow()));
        if (json)
        {
            stdout.WriteLine(Json(reading).ToJsonString(Output));
        }
        else
        {
            Summary(reading, stdout);
        }

        return reading.IsValid ? CommandLine.Ok : Invalid;
    }

    private static ReferralReading Read(string file, DateOnly receivedOn)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{file}: cannot be read ({e.GetType().Name.Replace("Exception", string.Empty, StringComparison.Ordinal)})");
        }

        var name = Path.GetFileName(file);
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".docx":
                return ReferralReader.ReadWordForm(bytes, name, receivedOn);
            case ".json":
                if (!GraphMessageJson.TryParse(bytes, out var message, out var problem))
                {
                    return new ReferralReading(null, [new IntakeProblem("message", problem!)], ReferralSource.None, null, null);
                }

                var limits = new IntakeLimits();
                return bytes.Length > limits.MaxJsonBytes
                    ? new ReferralReading(null, [new IntakeProblem("message", "The message is larger than intake accepts, so it was not opened.")], ReferralSource.None, null, null)
                    : ReferralReader.Read(message, message.ReceivedAt is { } at ? UkTime.ToUkDate(at) : receivedOn, limits);
            default:
                throw new UsageException($"{file}: give a Word form (.docx) or a message in Graph's JSON shape (.json)");
        }
    }

    private static JsonObject Json(ReferralReading reading) => reading.IsValid
        ? new JsonObject { ["valid"] = true, ["referral"] = JsonSerializer.SerializeToNode(reading.Referral, ReferralJson.Options) }
        : new JsonObject
        {
            ["valid"] = false,
            ["problems"] = new JsonArray(reading.Problems.Select(p => (JsonNode)new JsonObject { ["field"] = p.Field, ["message"] = p.Message }).ToArray()),
        };

    private static void Summary(ReferralReading reading, TextWriter stdout)
    {
        if (!reading.IsValid)
        {
            stdout.WriteLine($"The referral cannot be accepted yet ({reading.Problems.Count} {(reading.Problems.Count == 1 ? "problem" : "problems")}):");
            foreach (var problem in reading.Problems)
            {
                stdout.WriteLine($"  - {problem.Field}: {problem.Message}");
            }

            return;
        }

        var r = reading.Referral!;
        stdout.WriteLine("The referral form is complete and can be sent.");
        stdout.WriteLine($"  Referrer:       {r.Referrer.Name}, {r.Referrer.Agency} <{r.Referrer.Email}>");
        stdout.WriteLine($"  Child:          {r.Child.Name}, born {Day(r.Child.DateOfBirth)}{(r.Child.DateOfDeath is { } died ? $", died {Day(died)}" : string.Empty)}");
        stdout.WriteLine($"  Incident:       {Day(r.Child.IncidentDate)}");
        stdout.WriteLine($"  Circumstances:  {string.Join(", ", r.Circumstances)}");
        stdout.WriteLine($"  Family: {r.Family.Count}, other agencies: {r.Agencies.Count}, chronology entries: {r.Chronology.Count}");
    }

    private static string Day(DateOnly? date) =>
        date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "(not given)";
}
