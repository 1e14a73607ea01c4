namespace ServerlessIm.Local.Triggers.Kafka;

/// <summary>What a Kafka trigger loop has done since it started.</summary>
/// <param name="Redelivered">
/// Events fetched again after they had been handed to the function: after a consumer restart, a failed commit,
/// or a batch whose retries were spent.
/// </param>
/// <param name="Retries">Failed calls of the function that were retried with the same batch.</param>
public sealed record KafkaTriggerStatistics(
    long Batches,
    long Events,
    long Redelivered,
    long Retries,
    long FailedCommits,
    long FetchErrors,
    long ConsumerStarts)
{
    public static KafkaTriggerStatistics operator +(KafkaTriggerStatistics left, KafkaTriggerStatistics right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.Batches + right.Batches,
            left.Events + right.Events,
            left.Redelivered + right.Redelivered,
            left.Retries + right.Retries,
            left.FailedCommits + right.FailedCommits,
            left.FetchErrors + right.FetchErrors,
            left.ConsumerStarts + right.ConsumerStarts);
    }

    public static KafkaTriggerStatistics Add(KafkaTriggerStatistics left, KafkaTriggerStatistics right) => left + right;

    public static KafkaTriggerStatistics None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}
