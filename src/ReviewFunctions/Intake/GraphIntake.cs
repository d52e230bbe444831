using Microsoft.Graph;
using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Intake;

/// <summary>The Graph client and mailbox the intake functions read, made once per process.</summary>
public sealed record GraphIntake(GraphServiceClient Client, IntakeMailboxOptions Options);
