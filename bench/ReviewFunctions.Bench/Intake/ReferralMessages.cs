using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewFunctions.Bench.Running;

namespace ReviewFunctions.Bench.Intake;

/// <summary>
/// Makes each message a new referral from the shipped samples, in Microsoft Graph's message JSON as the intake mailbox
/// reader posts it. Intake knows a message again by its Internet message id, and a form again by the child's name,
/// date of birth, incident date and the referrer's e-mail; so every copy has its own message id, its own sender (who
/// is also the form's referrer, so one acknowledgement goes, to an address that tells whose it is), a child's name,
/// date of birth and incident date of its own, and arrived at the same instant, just before the host's clock.
/// </summary>
internal sealed class ReferralMessages
{
    private static readonly string[] FirstNames = ["Ava", "Noah", "Isla", "Leo", "Maya", "Finn", "Ruby", "Kai", "Esme", "Theo", "Nina", "Omar", "Lily", "Zane", "Cara", "Eli"];
    private static readonly string[] Surnames = ["Bennett", "Okoro", "Walsh", "Hughes", "Kowalski", "Patel", "Reid", "Nolan", "Ahmed", "Doyle", "Fraser", "Lloyd", "Mensah", "Quinn", "Shah", "Turner"];

    private readonly IReadOnlyList<Sample> samples;
    private readonly DateTimeOffset receivedAt;

    private ReferralMessages(IReadOnlyList<Sample> samples, DateTimeOffset receivedAt)
    {
        this.samples = samples;
        this.receivedAt = receivedAt;
    }

    /// <summary>Reads the samples, refusing one that no longer holds the values a copy changes.</summary>
    public static ReferralMessages Load(string folder, DateTimeOffset receivedAt)
    {
        var samples = SampleReferral.Shipped.Select(s =>
        {
            var docx = Template(folder, s.DocxFile);
            var attached = docx["attachments"]?.AsArray().Select(a => a?["contentBytes"]?.GetValue<string>()).FirstOrDefault()
                ?? throw new BenchFailedException($"{s.DocxFile} has no Word form attached.");
            var form = Convert.FromBase64String(attached);
            var body = Template(folder, s.BodyFile);
            Holds(s.DocxFile, DocxForm.Text(form) + docx.ToJsonString(), s);
            Holds(s.BodyFile, body.ToJsonString(), s);
            return new Sample(s, docx, body, form);
        }).ToList();
        return new ReferralMessages(samples, receivedAt);
    }

    /// <param name="number">Unique to this message in the run: it makes the message id, the sender and the child.</param>
    /// <param name="ordinal">How many of this kind came before: it alternates the two samples.</param>
    public ReferralMessage New(int number, int ordinal, bool wordForm)
    {
        var sample = samples[ordinal % samples.Count];
        var incident = ReceivedDay.AddDays(-1 - (number % 14));
        var birth = Date(sample.Values.BirthDate).AddDays(-(number % 300));
        return Message(sample, number, wordForm, Form(incident, birth));
    }

    /// <summary>
    /// A form with one of the mistakes a person makes, in turn: a date of birth after the incident, typed and in Word;
    /// a two-digit year in Word; an incident date that does not exist, typed.
    /// </summary>
    public ReferralMessage WithMistake(int number, int ordinal)
    {
        var sample = samples[ordinal % samples.Count];
        var incident = ReceivedDay.AddDays(-2);
        var birth = Date(sample.Values.BirthDate);
        return (ordinal % 4) switch
        {
            0 => Message(sample, number, false, Form(incident, incident.AddDays(30))),
            1 => Message(sample, number, true, Form(incident, incident.AddDays(30))),
            2 => Message(sample, number, true, Form(incident, birth) with { BirthDate = birth.ToString("dd/MM/yy", CultureInfo.InvariantCulture) }),
            _ => Message(sample, number, false, Form(incident, birth) with { IncidentDate = $"31/02/{incident.Year}" }),
        };
    }

    private DateOnly ReceivedDay => DateOnly.FromDateTime(receivedAt.UtcDateTime);

    private FormValues Form(DateOnly incident, DateOnly birth) => new(Text(birth), Text(incident), Text(ReceivedDay));

    private ReferralMessage Message(Sample sample, int number, bool wordForm, FormValues form)
    {
        var s = sample.Values;
        var at = s.SenderAddress.IndexOf('@', StringComparison.Ordinal);
        var sender = string.Create(CultureInfo.InvariantCulture, $"{s.SenderAddress[..at]}.{number:D5}{s.SenderAddress[at..]}");
        var child = $"{FirstNames[number % FirstNames.Length]} {Surnames[number / FirstNames.Length % Surnames.Length]}";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [s.SenderAddress] = sender,
            [s.ChildName] = child,
            [s.BirthDate] = form.BirthDate,
            [s.IncidentDate] = form.IncidentDate,
            [s.ReferralDate] = form.ReferralDate,
        };

        // One pass, so a value put in is never taken for one of the sample's and changed again.
        var pattern = new Regex(string.Join('|', values.Keys.Select(Regex.Escape)), RegexOptions.CultureInvariant);
        string Change(string text) => pattern.Replace(text, m => values[m.Value]);

        var message = (wordForm ? sample.Docx : sample.Body).DeepClone();
        message["internetMessageId"] = string.Create(CultureInfo.InvariantCulture, $"<intake-bench-{number:D5}{s.SenderAddress[at..]}>");
        message["receivedDateTime"] = receivedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        message["from"]!["emailAddress"]!["address"] = sender;
        message["body"]!["content"] = Change(message["body"]!["content"]!.GetValue<string>());
        if (wordForm)
        {
            message["attachments"]![0]!["contentBytes"] = Convert.ToBase64String(DocxForm.Rewrite(sample.Form, Change));
        }

        return new ReferralMessage(message.ToJsonString(), sender);
    }

    private static JsonNode Template(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        var text = File.Exists(path) ? File.ReadAllText(path) : throw new BenchFailedException($"The sample referral {path} is not there.");
        return JsonNode.Parse(text) ?? throw new BenchFailedException($"{file} is not a message.");
    }

    /// <summary>A sample edited since would otherwise be posted unchanged, and every copy after the first be a repeat.</summary>
    private static void Holds(string file, string text, SampleReferral sample)
    {
        var missing = sample.Values.Count(v => !text.Contains(v, StringComparison.Ordinal));
        if (missing > 0)
        {
            throw new BenchFailedException($"{file} no longer holds {missing} of the form's values each copy changes; update SampleReferral to match it.");
        }
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Text(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private sealed record Sample(SampleReferral Values, JsonNode Docx, JsonNode Body, byte[] Form);

    private sealed record FormValues(string BirthDate, string IncidentDate, string ReferralDate);
}

/// <summary>A message ready to post, and the address intake answers it at.</summary>
internal sealed record ReferralMessage(string Json, string Sender);
