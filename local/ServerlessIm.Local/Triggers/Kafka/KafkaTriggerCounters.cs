namespace ServerlessIm.Local.Triggers.Kafka;

/// <summary>The loop's counters, written by its thread and read from any.</summary>
internal sealed class KafkaTriggerCounters
{
    private long _batches;
    private long _events;
    private long _redelivered;
    private long _retries;
    private long _failedCommits;
    private long _fetchErrors;
    private long _consumerStarts;

    public void Delivered(int events)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _events, events);
    }

    public void Redelivered(int events) => Interlocked.Add(ref _redelivered, events);

    public void Retried() => Interlocked.Increment(ref _retries);

    public void CommitFailed() => Interlocked.Increment(ref _failedCommits);

    public void FetchFailed() => Interlocked.Increment(ref _fetchErrors);

    public void ConsumerStarted() => Interlocked.Increment(ref _consumerStarts);

    public KafkaTriggerStatistics Snapshot() => new(
        Interlocked.Read(ref _batches),
        Interlocked.Read(ref _events),
        Interlocked.Read(ref _redelivered),
        Interlocked.Read(ref _retries),
        Interlocked.Read(ref _failedCommits),
        Interlocked.Read(ref _fetchErrors),
        Interlocked.Read(ref _consumerStarts));
}
