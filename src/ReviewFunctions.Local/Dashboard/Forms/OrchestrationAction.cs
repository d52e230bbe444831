using ReviewFunctions.Infrastructure.Orchestrations;

namespace ReviewFunctions.Local.Dashboard.Forms;

/// <summary>
/// What an administrator can do to a review's orchestration from the dashboard. Each is offered only where the engine
/// allows it, and is taken only after a page has said what it means and the administrator has said why.
/// </summary>
public sealed class OrchestrationAction
{
    public static readonly OrchestrationAction Terminate = new(
        "terminate",
        "The review's records are kept, but its orchestration stops for good: no more reminders, escalations or automatic notices, and what people record on the review is kept but not acted on. To run the review again, delete (purge) its orchestration and restart this host: an open review with no orchestration is started again from its records.",
        "Why are you terminating it?",
        "Yes, terminate the orchestration",
        "Only an orchestration that has not ended can be terminated.",
        o => !HasEnded(o),
        HasEnded,
        (orchestrations, reference, reason, cancellationToken) => orchestrations.TerminateAsync(reference, reason, cancellationToken),
        reference => $"The orchestration of {reference} has been terminated. The review's records are kept.");

    public static readonly OrchestrationAction Rewind = new(
        "rewind",
        "The orchestration replays its history up to the step that failed and tries that step again. If what made it fail has not been put right, it fails again.",
        "Why are you rewinding it?",
        "Yes, rewind the orchestration",
        "Only a failed orchestration can be rewound.",
        o => o.RuntimeStatus == ReviewRuntimeStatus.Failed,
        o => o.RuntimeStatus != ReviewRuntimeStatus.Failed,
        (orchestrations, reference, reason, cancellationToken) => orchestrations.RewindAsync(reference, reason, cancellationToken),
        reference => $"The orchestration of {reference} has been rewound and is trying the failed step again. The engine shows a rewound orchestration as Pending while it runs.");

    /// <summary>A reason is kept in the orchestration's history: enough for why, too little for a case file.</summary>
    public const int MostReasonCharacters = 500;

    private readonly Func<ReviewOrchestration, bool> applies;
    private readonly Func<ReviewOrchestration, bool> done;
    private readonly Func<IReviewOrchestrations, string, string, CancellationToken, Task> run;
    private readonly Func<string, string> banner;

    private OrchestrationAction(
        string name,
        string consequence,
        string reasonLabel,
        string confirmButton,
        string onlyWhen,
        Func<ReviewOrchestration, bool> applies,
        Func<ReviewOrchestration, bool> done,
        Func<IReviewOrchestrations, string, string, CancellationToken, Task> run,
        Func<string, string> banner)
    {
        Name = name;
        Consequence = consequence;
        Reason = new Field("reason", "reason", reasonLabel, "It is kept in the orchestration's history. Do not write anyone's name.");
        ConfirmButton = confirmButton;
        OnlyWhen = onlyWhen;
        this.applies = applies;
        this.done = done;
        this.run = run;
        this.banner = banner;
    }

    public static IReadOnlyList<OrchestrationAction> All { get; } = [Terminate, Rewind];

    /// <summary>The verb, as the last segment of the action's address and in the words of its pages.</summary>
    public string Name { get; }

    public string Title => char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>What taking the action means for the review, said before the administrator confirms it.</summary>
    public string Consequence { get; }

    public Field Reason { get; }

    public string ConfirmButton { get; }

    /// <summary>Why it was refused, when the orchestration is no longer one the action applies to.</summary>
    public string OnlyWhen { get; }

    public static OrchestrationAction? Find(string name) => All.FirstOrDefault(a => a.Name == name);

    public bool Applies(ReviewOrchestration orchestration) => applies(orchestration);

    /// <summary>Whether the engine shows the action as done: a termination is a message the engine takes up shortly after.</summary>
    public bool IsDone(ReviewOrchestration? orchestration) => orchestration is null || done(orchestration);

    public Task RunAsync(IReviewOrchestrations orchestrations, string reference, string reason, CancellationToken cancellationToken) =>
        run(orchestrations, reference, reason, cancellationToken);

    public string Done(string reference) => banner(reference);

    public (string? Reason, IReadOnlyList<FieldError> Errors) Read(FormValues values)
    {
        var reason = values.Trimmed(Reason.Name);
        if (reason is null)
        {
            return (null, [new FieldError(Reason.Id, $"Enter why you want to {Name} the orchestration")]);
        }

        return reason.Length > MostReasonCharacters
            ? (null, [new FieldError(Reason.Id, $"The reason must be {MostReasonCharacters} characters or fewer")])
            : (reason, []);
    }

    /// <summary>Ended for good: nothing more runs unless a failed one is rewound.</summary>
    private static bool HasEnded(ReviewOrchestration orchestration) => orchestration.RuntimeStatus is
        ReviewRuntimeStatus.Completed or ReviewRuntimeStatus.Failed or ReviewRuntimeStatus.Terminated or ReviewRuntimeStatus.Canceled;
}
