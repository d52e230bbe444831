namespace ReviewFunctions.Bench.Running;

/// <summary>The run cannot go on (a host refused something, a review did not finish); the message says why, with no personal data.</summary>
internal sealed class BenchFailedException : Exception
{
    public BenchFailedException(string message)
        : base(message)
    {
    }

    public BenchFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
