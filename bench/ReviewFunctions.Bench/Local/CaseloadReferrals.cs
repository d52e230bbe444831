using System.Globalization;
using System.Text.Json.Nodes;
using ReviewFunctions.Emulators.Storage;

namespace ReviewFunctions.Bench.Local;

/// <summary>
/// A Board's caseload of distinct referrals, made from the sample referral typed in an e-mail's body: each has its own
/// message id and its own (made-up) child, so intake starts a review for every one rather than recognising a repeat.
/// </summary>
internal static class CaseloadReferrals
{
    private const string Sample = "samples/referrals/ref-a.body.email.json";

    private const string SampleChild = "Name of child: Jayden Marsh";

    public static IReadOnlyList<string> Make(int count, DateTimeOffset receivedAt)
    {
        var template = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), Sample));
        return [.. Enumerable.Range(1, count).Select(i => One(template, i, receivedAt))];
    }

    private static string One(string template, int number, DateTimeOffset receivedAt)
    {
        var message = JsonNode.Parse(template)!.AsObject();
        var body = message["body"]!["content"]!.GetValue<string>();
        if (!body.Contains(SampleChild, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{Sample} no longer names its child as the caseload expects ('{SampleChild}').");
        }

        message["internetMessageId"] = $"<caseload-{number}@bench.example.gov.uk>";
        message["receivedDateTime"] = receivedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        message["body"]!["content"] = body.Replace(SampleChild, $"Name of child: Jayden {Surname(number)}", StringComparison.Ordinal);
        return message.ToJsonString();
    }

    /// <summary>A surname of letters only (Aab, Aac, …), as the form's name field expects.</summary>
    private static string Surname(int number)
    {
        var letters = new char[3];
        for (var i = letters.Length - 1; i >= 0; i--, number /= 26)
        {
            letters[i] = (char)('a' + (number % 26));
        }

        return "Mar" + new string(letters);
    }
}
