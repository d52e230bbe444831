using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewFunctions.Domain.Access;
using ReviewFunctions.Http;
using ReviewFunctions.Infrastructure.Access;
using ReviewFunctions.Infrastructure.Composition;
using ReviewFunctions.Infrastructure.Intake;
using ReviewFunctions.Infrastructure.Mail;
using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Infrastructure.Storage;
using ReviewFunctions.Reviews;

namespace ReviewFunctions.Intake;

/// <summary>
/// Referrals in: the intake mailbox read through Graph every two minutes, and <c>POST /api/intake/email</c> for a
/// message in Graph's JSON shape. Both share one pipeline; each call gets a starter with its own Durable client.
/// </summary>
public sealed class IntakeFunctions(IServiceProvider services, IConfiguration configuration, ReviewService reviews, GraphIntake graph)
{
    [Function("ReceiveReferral")]
    public async Task<HttpResponseData> ReceiveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "intake/email")] HttpRequestData request,
        [DurableClient] DurableTaskClient client)
    {
        if (AccessGate.Check(ApiRoutes.IntakeEmail, SignedIn.PrincipalHeader(request), out var caller) is { } refusal)
        {
            return await HttpAnswers.WriteAsync(request, refusal);
        }

        var pipeline = Pipeline(client, new MailIntakeReplies(services.GetRequiredService<IMailSender>()));
        var answer = IntakeHttp.ToResponse(await pipeline.ReceiveAsync(await HttpAnswers.BodyAsync(request), Actor.Of(caller!, ApiRoutes.IntakeEmail.RoleOf(caller!)), CancellationToken.None));
        var response = request.CreateResponse((HttpStatusCode)answer.Status);
        response.Headers.Add("Content-Type", answer.ContentType);
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers.Add(name, value);
        }

        await response.WriteStringAsync(answer.Body);
        return response;
    }

    [Function("ReadIntakeMailbox")]
    public async Task ReadMailboxAsync([TimerTrigger("0 */2 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client)
    {
        var pipeline = Pipeline(client, new GraphIntakeReplies(graph.Client, graph.Options.Mailbox));
        var attempts = MailboxAttempts.Create(services.GetRequiredService<StorageConnection>(), new StorageOptions(), graph.Options.AttemptsTable, services.GetRequiredService<TimeProvider>());
        var reader = new IntakeMailboxReader(graph.Client, graph.Options, pipeline, pipeline.DeltaLinks, attempts, services.GetRequiredService<ILogger<IntakeMailboxReader>>());
        await reader.PollAsync(CancellationToken.None);
    }

    /// <summary>
    /// Referrals numbered and kept whose delivery stopped before their review started: delivered again from the copy
    /// kept. Their acknowledgement goes by SendGrid, since the message may have come either way.
    /// </summary>
    [Function("FinishUnstartedReferrals")]
    public Task FinishUnstartedAsync([TimerTrigger("0 */10 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client) =>
        Pipeline(client, new MailIntakeReplies(services.GetRequiredService<IMailSender>())).Unstarted.FinishAsync(CancellationToken.None);

    private IntakePipeline Pipeline(DurableTaskClient client, IIntakeReplies replies) =>
        NoticeServices.Intake(
            services,
            key => configuration[key],
            services.GetRequiredService<StorageConnection>(),
            new ReviewStarter(reviews, new DurableReviewScheduler(client)),
            replies);
}
