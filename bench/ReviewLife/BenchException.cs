namespace ReviewFunctions.Bench.ReviewLife;

/// <summary>The run cannot go on; the message says why, without anything from the referral.</summary>
public sealed class BenchException : Exception
{
    public BenchException()
    {
    }

    public BenchException(string message)
        : base(message)
    {
    }

    public BenchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
