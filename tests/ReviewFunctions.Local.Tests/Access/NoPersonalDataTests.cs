using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Emulators.Mail;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Local.SignIn;
using ReviewFunctions.Local.Tests.Engine;
using Xunit.Abstractions;

namespace ReviewFunctions.Local.Tests.Access;

/// <summary>
/// A whole review on the local host, from the sample referral e-mailed in to the Board's sign-off, and then a search
/// of everything the system writes that is not evidence for the child's and family's names, dates of birth and
/// address: every log line at every level, every orchestration's status, every blob's name and metadata, every
/// table's partition and row keys (the Durable task hub's too), every queue's name and every case-file path. The
/// referral, its letters and the events hold them, as they must; names, keys, logs and statuses are what a support
/// engineer, a log store or a storage browser shows to people who have no business with the case.
/// </summary>
public sealed partial class NoPersonalDataTests(ITestOutputHelper output)
{
    /// <summary>When people do the day's steps: after the 09:00 reminders and the 09:05 digest.</summary>
    private static readonly TimeOnly WorkingTime = new(10, 0);

    private static readonly string SampleReferral = Path.Combine(RepositoryRoot.Find(), "samples", "referrals", "ref-a.email.json");

    [Fact]
    public async Task A_review_from_referral_to_sign_off_leaves_no_name_birth_date_or_address_of_the_child_or_family_outside_its_evidence()
    {
        var referralJson = await File.ReadAllTextAsync(SampleReferral);
        var referral = ReadReferral(referralJson);
        await using var host = await AccessHost.StartCapturingAsync(LogLevel.Trace);
        var search = new PersonalData(referral, host.Services.GetRequiredService<BoardPeople>());
        output.WriteLine("Searching for: " + string.Join(" | ", search.Terms.Select(t => t.Text)));

        // The search is for real data: the form names the child, their birth date and address, and a family.
        Assert.False(string.IsNullOrWhiteSpace(referral.Child.Name));
        Assert.NotNull(referral.Child.DateOfBirth);
        Assert.False(string.IsNullOrWhiteSpace(referral.Child.Address));
        Assert.NotEmpty(referral.Family);
        Assert.Contains(search.Terms, t => t.Kind == "date of birth");
        Assert.Contains(search.Terms, t => t.Kind == "address");

        var reference = await RunReviewAsync(host, referralJson);

        var found = new List<string>();
        void Search(string where, IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                found.AddRange(search.Find(text).Select(hit => $"{where}: {hit}"));
            }
        }

        var logs = host.Logs.ToList();
        var statuses = await OrchestrationStatusesAsync(host);
        var blobs = await BlobNamesAsync(host.Azurite);
        var keys = await TableKeysAsync(host.Azurite);
        var queues = await QueueNamesAsync(host.Azurite);
        var files = Directory.EnumerateFileSystemEntries(host.DataFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(host.DataFolder, f)).ToList();
        Search("log", logs.Select(l => $"[{l.Level} {l.Category}] {l.Text}"));
        Search("orchestration status", statuses);
        Search("blob", blobs);
        Search("table key", keys);
        Search("queue", queues);
        Search("case-file path", files);

        // Each search looked at something real: every level of the log, this review's orchestration, blobs, events and
        // case files; a search that read nothing would pass whatever the system did.
        Assert.Contains(logs, l => l.Level == LogLevel.Trace);
        Assert.Contains(logs, l => l.Level == LogLevel.Debug);
        Assert.Contains(logs, l => l.Category.StartsWith("ReviewFunctions.", StringComparison.Ordinal));
        Assert.Contains(statuses, s => s.Contains(reference, StringComparison.Ordinal));
        Assert.Contains(blobs, b => b.Contains(reference, StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains(reference, StringComparison.Ordinal));
        Assert.NotEmpty(queues);
        Assert.NotEmpty(files);
        output.WriteLine($"Searched {logs.Count} log lines, {statuses.Count} orchestration statuses, {blobs.Count} blob names, {keys.Count} table keys, {queues.Count} queues and {files.Count} case-file paths.");

        // The same search finds the child in the letters that rightly name them (those to the partnership's own people):
        // it can tell, so finding nothing above means there was nothing to find.
        var letters = host.Services.GetRequiredService<MailOutbox>().Messages;
        var named = letters.Where(m => search.Find($"{m.Subject}\n{m.Text}\n{m.Html}").Any()).ToList();
        Assert.True(named.Count > 0, $"None of the {letters.Count} letters names the child or family, so the search is not shown to work.");
        Assert.Contains(named, m => search.Find($"{m.Text}\n{m.Html}").Any(hit => hit.StartsWith("name", StringComparison.Ordinal)));

        Assert.True(found.Count == 0, $"{found.Count} places outside the evidence name the child or family:\n" + string.Join("\n", found.Distinct().Take(30)));
    }

    /// <summary>
    /// The referral as the intake mailbox reader sends it in, then the Board's people at work a day at a time, the
    /// virtual clock moving between, until the chair signs off the action plan or the review has run its year.
    /// </summary>
    private async Task<string> RunReviewAsync(AccessHost host, string referralJson)
    {
        var intake = await host.PostJsonAsync("/api/intake/email", host.Person("intake-reader"), referralJson);
        Assert.True(intake.Status == HttpStatusCode.Accepted, intake.ToString());
        using (var started = JsonDocument.Parse(intake.Body))
        {
            var reference = started.RootElement.GetProperty("reviewReference").GetString()!;
            await host.QuietAsync();
            var particulars = await host.Services.GetRequiredService<IReviewParticularsStore>().GetAsync(reference, CancellationToken.None);
            var board = new BoardAtWork(host.Reviews.Engine, host.Services.GetRequiredService<NoticeComposer>(), particulars!, host.Services.GetRequiredService<TimeProvider>(), host.Services.GetRequiredService<BoardPeople>());

            var state = (await host.LoadAsync(reference))!.State;
            var end = host.Time.Now.AddYears(1);
            while (!state.Finished && host.Time.Now < end)
            {
                var today = UkTime.ToUkDate(host.Time.Now);
                for (var round = 0; round < 10; round++)
                {
                    var posts = board.Posts(state, today);
                    if (posts.Count == 0)
                    {
                        break;
                    }

                    foreach (var post in posts)
                    {
                        var answer = await host.PostJsonAsync($"/api/reviews/{reference}/events", host.Person(post.Person), post.Body);
                        Assert.True(answer.Status == HttpStatusCode.Accepted, $"{today}: {post.Person} posting {post.Body}: {answer}");
                    }

                    await host.QuietAsync();
                    state = (await host.LoadAsync(reference))!.State;
                }

                if (state.Finished)
                {
                    break;
                }

                var next = board.NextDay(state, today) is { } day && day <= today.AddDays(7) ? day : today.AddDays(7);
                await host.AdvanceAsync(UkTime.At(next, WorkingTime));
                state = (await host.LoadAsync(reference))!.State;
            }

            output.WriteLine($"{reference} at {host.Time.Now:O}: {(state.Finished ? state.FinishedReason : "still open")}; {state.Version} events, {host.Services.GetRequiredService<MailOutbox>().Messages.Count} letters.");
            Assert.True(state.ReviewHeld, "The review never got past its decision, so too little of the system ran to show anything.");
            Assert.NotEmpty(state.Reminded);
            return reference;
        }
    }

    private static Referral ReadReferral(string json)
    {
        Assert.True(GraphMessageJson.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var problem), problem);
        var reading = ReferralReader.Read(message, new DateOnly(2027, 2, 8), new IntakeLimits());
        Assert.True(reading.IsValid, string.Join("; ", reading.Problems.Select(p => p.Message)));
        return reading.Referral!;
    }

    /// <summary>Every orchestration as an administrator lists it, and each one's own status: summary, input and output.</summary>
    private static async Task<List<string>> OrchestrationStatusesAsync(AccessHost host)
    {
        var admin = host.Person("admin");
        var list = await host.GetAsync("/runtime/webhooks/durabletask/instances", admin);
        Assert.True(list.Status == HttpStatusCode.OK, list.ToString());
        var statuses = new List<string> { list.Body };
        using var json = JsonDocument.Parse(list.Body);
        foreach (var instance in json.RootElement.EnumerateArray())
        {
            var id = instance.GetProperty("instanceId").GetString()!;
            statuses.Add((await host.GetAsync($"/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(id)}", admin)).Body);
        }

        return statuses;
    }

    /// <summary>Every container and blob name in the emulator, with each blob's metadata (which any storage browser shows).</summary>
    private static async Task<List<string>> BlobNamesAsync(AzuriteProcess azurite)
    {
        var service = new BlobServiceClient(azurite.ConnectionString());
        var names = new List<string>();
        await foreach (var container in service.GetBlobContainersAsync(BlobContainerTraits.Metadata))
        {
            names.Add($"{container.Name} {string.Join(" ", container.Properties.Metadata?.Select(m => $"{m.Key}={m.Value}") ?? [])}");
            await foreach (var blob in service.GetBlobContainerClient(container.Name).GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }))
            {
                names.Add($"{container.Name}/{blob.Name} {string.Join(" ", blob.Metadata.Select(m => $"{m.Key}={m.Value}"))}");
            }
        }

        return names;
    }

    /// <summary>Every table's name and every row's partition and row key, the Durable task hub's tables included.</summary>
    private static async Task<List<string>> TableKeysAsync(AzuriteProcess azurite)
    {
        var service = new TableServiceClient(azurite.ConnectionString());
        var keys = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            keys.Add(table.Name);
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                keys.Add($"{table.Name}: {row.PartitionKey} / {row.RowKey}");
            }
        }

        return keys;
    }

    private static async Task<List<string>> QueueNamesAsync(AzuriteProcess azurite)
    {
        var names = new List<string>();
        await foreach (var queue in new QueueServiceClient(azurite.ConnectionString()).GetQueuesAsync())
        {
            names.Add(queue.Name);
        }

        return names;
    }

    /// <summary>
    /// The child's and family's names, dates of birth and addresses as the form gives them, in the ways a program could
    /// write them: any case; whole names, each part of a name, and the name run together (as in a key); a date of birth
    /// in ISO, British, American, written and compact forms; an address whole, by its street and by its postcode.
    /// </summary>
    private sealed partial class PersonalData
    {
        private readonly string[] _boardNames;

        public PersonalData(Referral referral, BoardPeople people)
        {
            // The Board's own people may share a name with the family (the demonstration chair is a Marsh); their own
            // names are theirs to be shown, so they are taken out of the text before a single name part is looked for.
            _boardNames = [.. people.All.Select(p => p.Caller.Name).Where(n => n.Contains(' ', StringComparison.Ordinal))];
            var names = new[] { referral.Child.Name }.Concat(referral.Family.Select(f => f.Name)).OfType<string>().Where(n => n.Trim().Length > 0);
            var births = new[] { referral.Child.DateOfBirth }.Concat(referral.Family.Select(f => f.DateOfBirth)).OfType<DateOnly>();
            var addresses = new[] { referral.Child.Address }.Concat(referral.Family.Select(f => f.Address)).OfType<string>().Where(a => a.Trim().Length > 0);
            Terms = [.. names.SelectMany(NameTerms), .. births.SelectMany(BirthTerms), .. addresses.SelectMany(AddressTerms)];
            Terms = [.. Terms.DistinctBy(t => t.Pattern.ToString())];
        }

        public IReadOnlyList<Term> Terms { get; }

        /// <summary>Each term found in <paramref name="text"/>: what kind it is, the term, and the words around it.</summary>
        public IEnumerable<string> Find(string text)
        {
            var cleaned = _boardNames.Aggregate(text, (t, name) => t.Replace(name, " ", StringComparison.OrdinalIgnoreCase));
            var compact = NotLetterOrDigit().Replace(cleaned, string.Empty);
            foreach (var term in Terms)
            {
                var haystack = term.Compact ? compact : cleaned;
                if (term.Pattern.Match(haystack) is { Success: true } hit)
                {
                    var from = Math.Max(0, hit.Index - 60);
                    yield return $"{term.Kind} '{term.Text}' in …{haystack.Substring(from, Math.Min(haystack.Length - from, hit.Length + 120)).ReplaceLineEndings(" ")}…";
                }
            }
        }

        private static IEnumerable<Term> NameTerms(string name)
        {
            yield return Words("name", name);
            foreach (var part in name.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p.Length >= 3))
            {
                yield return Words("name part", part);
            }

            yield return Compacted("name run together", name);
        }

        private static IEnumerable<Term> BirthTerms(DateOnly born)
        {
            var uk = CultureInfo.GetCultureInfo("en-GB");
            foreach (var format in new[] { "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "MM/dd/yyyy", "M/d/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyy/MM/dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "dd MMMM yyyy" })
            {
                yield return Words("date of birth", born.ToString(format, uk));
            }

            foreach (var format in new[] { "yyyyMMdd", "ddMMyyyy" })
            {
                yield return new Term("date of birth", born.ToString(format, uk), new Regex($@"(?<!\d){born.ToString(format, uk)}(?!\d)", RegexOptions.CultureInvariant), Compact: true);
            }
        }

        private static IEnumerable<Term> AddressTerms(string address)
        {
            yield return Words("address", address);
            foreach (var part in address.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var postcode = Postcode().Match(part);
                var street = postcode.Success ? part.Remove(postcode.Index, postcode.Length).Trim() : part;

                // The house number and street, and the street alone; a town on its own is not the family's.
                if (street.Any(char.IsDigit))
                {
                    yield return Words("address", street);
                    var name = LeadingNumber().Replace(street, string.Empty).Trim();
                    if (name.Contains(' ', StringComparison.Ordinal))
                    {
                        yield return Words("address", name);
                    }
                }

                if (postcode.Success)
                {
                    yield return Words("address", postcode.Value);
                    yield return Compacted("address", postcode.Value);
                }
            }
        }

        /// <summary>The words as written, any case, any spacing between them, not inside a longer word.</summary>
        private static Term Words(string kind, string text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
            return new Term(kind, text, new Regex($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"\s+", words)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), Compact: false);
        }

        /// <summary>The letters and digits run together, searched in the text with everything else taken out.</summary>
        private static Term Compacted(string kind, string text) =>
            new(kind, text, new Regex(Regex.Escape(NotLetterOrDigit().Replace(text, string.Empty)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), Compact: true);

        [GeneratedRegex(@"[^\p{L}\p{N}]")]
        private static partial Regex NotLetterOrDigit();

        [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex Postcode();

        [GeneratedRegex(@"^(flat\s+)?\d+[a-z]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex LeadingNumber();
    }

    private sealed record Term(string Kind, string Text, Regex Pattern, bool Compact);
}
