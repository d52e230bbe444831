using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Deadlines;
using ReviewFunctions.Domain.Notices;
using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Emulators.Mail;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Engine;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.SignIn;

namespace ReviewFunctions.Local.Tests.Engine;

/// <summary>
/// One Serious Case Review's whole life on the local host, its orchestration on the Durable Task engine and its mail
/// through the host's own SendGrid endpoint, driven as a Board drives it: the referral e-mailed in, each step done
/// through the review API by the person whose role owns it as it falls due (a few late), and the clock moved a
/// working day or a week at a time.
/// </summary>
public sealed class ReviewFullLifeTests
{
    /// <summary>Three minutes after the sample referral reached the intake mailbox, as in the README.</summary>
    private static readonly DateTimeOffset Start = new(2027, 2, 8, 10, 45, 0, TimeSpan.Zero);

    /// <summary>When people do the day's steps: after the 09:00 reminders and the 09:05 digest.</summary>
    private static readonly TimeOnly WorkingTime = new(10, 0);

    private static readonly string SampleReferral = Path.Combine(RepositoryRoot.Find(), "samples", "referrals", "ref-a.email.json");

    [Fact]
    public async Task A_serious_case_review_runs_from_its_referral_to_the_boards_sign_off_and_its_orchestration_completes()
    {
        // The life takes well under a minute; a review stuck waiting for a command's real-time retries fails instead.
        using var stuck = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var cancellation = stuck.Token;
        var data = Directory.CreateTempSubdirectory("rf-life-");
        try
        {
            // An Azurite of its own: intake's reference ledger, the notice ledger and the digest queue have fixed table
            // names, so on a shared one this review's mail would meet other tests' reviews.
            await using var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), null, cancellation);
            await using var host = await LifeHost.StartAsync(azurite, data.FullName);
            var services = host.Services;
            var time = services.GetRequiredService<ReviewTimekeeper>();
            var reviews = services.GetRequiredService<ReviewService>();
            var api = services.GetRequiredService<ReviewApi>();

            var intake = await services.GetRequiredService<IntakePipeline>().ReceiveAsync(await File.ReadAllTextAsync(SampleReferral, cancellation), cancellation);
            Assert.Equal(IntakeResult.Started, intake.Result);
            var reference = intake.Reference!;
            await time.WaitUntilQuietAsync(cancellation);
            var particulars = await services.GetRequiredService<IReviewParticularsStore>().GetAsync(reference, cancellation);
            var people = services.GetRequiredService<BoardPeople>();
            var board = new BoardAtWork(reviews.Engine, services.GetRequiredService<NoticeComposer>(), particulars!, services.GetRequiredService<TimeProvider>(), people);

            var state = await LoadAsync();
            for (var visit = 0; visit < 200 && !state.Finished; visit++)
            {
                var today = UkTime.ToUkDate(time.Now);
                state = await DoTodaysWorkAsync(state, today);
                if (state.Finished)
                {
                    break;
                }

                var next = board.NextDay(state, today) is { } day && day <= today.AddDays(7) ? day : today.AddDays(7);
                await time.AdvanceAsync(UkTime.At(next, WorkingTime), cancellation);
                state = await LoadAsync();
            }

            Assert.True(state.Finished, $"{reference} is still open at {time.Now:O}: {string.Join(", ", reviews.Engine.Schedule(state).Where(s => s.Status == StepStatus.Open).Select(s => s.Key))}");
            Assert.Equal("The Board signed off the action plan, and the report's time online has ended.", state.FinishedReason);
            Assert.Equal(OrchestrationStatus.Completed, (await services.GetRequiredService<LocalEngine>().StateAsync(reference))?.OrchestrationStatus);
            Assert.Contains(board.EmailOf(BoardAtWork.ImrAuthor), state.CaseFiles!.Access);
            Assert.NotNull(state.CaseFilesRelease);

            var outbox = services.GetRequiredService<MailOutbox>().Messages;
            Assert.Contains(outbox, m => m.Subject == IntakeReplyText.AcknowledgementSubject(reference));
            Assert.Contains(outbox, m => m.Categories.Contains("agency-request-letter"));
            Assert.Contains(outbox, m => m.Categories.Contains("decision-notice") && m.To.Contains("Mailbox.SCRPANEL@education.gov.uk"));

            // Day deadlines are chased in the 09:05 digest; the late hour deadline (records secured) at once.
            Assert.Contains(outbox, m => m.Categories.Contains("review-reminders"));
            Assert.Contains(outbox, m => m.Categories.Contains("review-reminder"));
            Assert.NotEmpty(state.EscalatedAt);

            // Nothing went twice: the same subject to the same people at the same instant.
            var sends = outbox.Select(m => (m.Subject, To: string.Join(',', m.To), m.SentAt)).ToList();
            Assert.Equal(sends.Count, sends.Distinct().Count());

            // Posts what people do today, a round at a time, letting the review act on each round before the next.
            async Task<ReviewState> DoTodaysWorkAsync(ReviewState state, DateOnly today)
            {
                for (var round = 0; round < 10; round++)
                {
                    var posts = board.Posts(state, today);
                    if (posts.Count == 0)
                    {
                        break;
                    }

                    foreach (var post in posts)
                    {
                        var answer = await api.PostEventAsync(people.Find(post.Person)!.Caller, reference, post.Body, cancellation);
                        Assert.True(answer.Status == 202, $"{today}: {post.Person} posting {post.Body} was answered {answer.Status}: {answer.Body}");
                    }

                    await time.WaitUntilQuietAsync(cancellation);
                    state = await LoadAsync();
                }

                return state;
            }

            async Task<ReviewState> LoadAsync() => (await reviews.LoadStateAsync(reference, cancellation))!.State;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>The host as <c>run --clock virtual</c> builds it, on a free port so its notices reach its own mail endpoint.</summary>
    private sealed class LifeHost(WebApplication app) : IAsyncDisposable
    {
        public IServiceProvider Services => app.Services;

        public static async Task<LifeHost> StartAsync(AzuriteProcess azurite, string data)
        {
            var app = LocalHost.Build(
                new LocalHostOptions(new Uri($"http://127.0.0.1:{FreePorts.Take(1)[0]}"), data, VirtualClock: true, Start),
                azurite.ConnectionString(),
                VirtualClock.Open(Start, Path.Combine(data, "clock.json")),
                configure: services => services.AddLogging(logging => logging.ClearProviders()));
            await app.StartAsync();
            return new LifeHost(app);
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
