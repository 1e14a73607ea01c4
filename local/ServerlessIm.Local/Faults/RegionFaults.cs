using System.Collections.Concurrent;

namespace ServerlessIm.Local.Faults;

/// <summary>
/// The fault switches of one region, read by its request pipeline, trigger loop and timers.
/// </summary>
public sealed class RegionFaults
{
    private readonly LocalFaults _deployment;
    private readonly ConcurrentQueue<ConsumerRestart> _restarts = new();
    private TaskCompletionSource _changed = NewSignal();
    private volatile bool _down;
    private int _batchesToReverse;

    internal RegionFaults(string region, LocalFaults deployment)
    {
        Region = region;
        _deployment = deployment;
    }

    public string Region { get; }

    /// <summary>The region answers 503 to its API and stops its trigger loop and timers.</summary>
    public bool IsDown => _down;

    /// <summary>Whether this region's trigger loop must not take events from the peer's topic now.</summary>
    public bool IsReplicationPaused => _down || _deployment.IsLinkCut;

    /// <summary>How many of the next batches the trigger loop still delivers in reverse order.</summary>
    public int BatchesToReverse => Volatile.Read(ref _batchesToReverse);

    /// <summary>Completes at the next change of any switch; the loops wait on it while paused.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public void SetDown(bool down)
    {
        _down = down;
        NotifyChanged();
    }

    /// <summary>Delivers the next <paramref name="batches"/> batches in reverse, so later seqs come first.</summary>
    public void ReverseNextBatches(int batches)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(batches);
        Interlocked.Add(ref _batchesToReverse, batches);
    }

    /// <summary>
    /// Closes the trigger's consumer and opens a new one that resumes from the committed offsets. With
    /// <paramref name="beforeNextCommit"/>, the consumer first takes and applies one more batch and is closed
    /// before committing it, as when a host dies between the function and the commit: that batch comes again.
    /// </summary>
    /// <returns>Completes when the new consumer has subscribed.</returns>
    public Task RestartConsumerAsync(bool beforeNextCommit = false)
    {
        var restart = new ConsumerRestart(beforeNextCommit);
        _restarts.Enqueue(restart);
        NotifyChanged();
        return restart.Done;
    }

    internal bool TryTakeBatchReversal()
    {
        int remaining;
        do
        {
            remaining = Volatile.Read(ref _batchesToReverse);
            if (remaining == 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _batchesToReverse, remaining - 1, remaining) != remaining);

        return true;
    }

    internal ConsumerRestart? TryTakeRestart() => _restarts.TryDequeue(out var restart) ? restart : null;

    internal void NotifyChanged() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
