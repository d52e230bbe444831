namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>The references intake has issued, with when their referral reached the mailbox: the only source of either.</summary>
public interface IIssuedReferences
{
    /// <summary>The receipt time of the referral <paramref name="reference"/> was issued to; null if intake never issued it.</summary>
    Task<DateTimeOffset?> ReceivedAtAsync(string reference, CancellationToken cancellationToken);
}
