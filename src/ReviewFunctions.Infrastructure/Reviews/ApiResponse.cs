namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>An HTTP answer any host can write: the Functions app and the local host map routes onto the same logic.</summary>
public sealed record ApiResponse(int Status, string ContentType, string Body)
{
    public const string Json = "application/json; charset=utf-8";
    public const string ProblemJson = "application/problem+json; charset=utf-8";
}
