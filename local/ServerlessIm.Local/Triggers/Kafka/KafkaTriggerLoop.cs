using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerlessIm.Local.Faults;

namespace ServerlessIm.Local.Triggers.Kafka;

/// <summary>
/// Runs a Kafka-triggered function as the Functions host's Kafka extension does with
/// <c>commitOnFailure: false</c>: a consumer group on the topic, batches in partition order, offsets committed
/// only after the function returned, a failed batch retried in place and never committed.
/// </summary>
/// <remarks>
/// The consumer runs on a thread of its own because <c>Consume</c> blocks. A failed batch is retried as the
/// function's retry attribute says; when those retries are spent, the consumer seeks back to the batch and
/// fetches it again, as the extension does with <c>maxRetries: -1</c>: no event is ever skipped.
/// </remarks>
internal sealed partial class KafkaTriggerLoop(
    FunctionMethod function,
    KafkaTriggerSettings settings,
    IServiceProvider services,
    RegionFaults faults,
    ILogger<KafkaTriggerLoop> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMilliseconds(100);

    // How long a batch waits for one more event once it has one; fetches arrive a record batch at a time.
    private static readonly TimeSpan BatchLinger = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan PausedCheck = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<TopicPartition, long> _highestHandedOver = [];
    private readonly KafkaBatchDelivery _delivery = new(function, services, new KafkaTriggerCounters(), logger);

    public string FunctionName => function.Name;

    public KafkaTriggerStatistics Statistics => _delivery.Counters.Snapshot();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var thread = new Thread(Run) { IsBackground = true, Name = $"kafka-trigger-{faults.Region}" };
        thread.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _stopped.Task.WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private void Run()
    {
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                try
                {
                    RunConsumer();
                }
                catch (Exception ex) when (!_stopping.IsCancellationRequested)
                {
                    LogConsumerFailed(ex, function.Name);
                    Wait(MaxBackoff);
                }
            }
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the batch in hand stays uncommitted and comes again after the next start.
        }
        catch (Exception ex)
        {
            // An exception escaping this thread would end the whole process.
            LogLoopFailed(ex, function.Name);
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    /// <summary>Consumes with one consumer until stopping or asked to restart.</summary>
    private void RunConsumer()
    {
        using var consumer = KafkaTriggerConsumer.Build(settings, faults.Region, logger);
        consumer.Subscribe(settings.Topic);
        _delivery.Counters.ConsumerStarted();
        LogSubscribed(function.Name, settings.Topic, settings.ConsumerGroup);

        ConsumerRestart? restart = null;
        try
        {
            restart = ConsumeUntilRestart(consumer);
        }
        finally
        {
            Close(consumer);
        }

        restart?.Complete();
    }

    private ConsumerRestart? ConsumeUntilRestart(IConsumer<Ignore, string> consumer)
    {
        ConsumerRestart? crashBeforeCommit = null;
        while (!_stopping.IsCancellationRequested)
        {
            if (faults.TryTakeRestart() is { } restart)
            {
                if (!restart.BeforeNextCommit)
                {
                    return restart;
                }

                crashBeforeCommit = restart;
            }

            if (faults.IsReplicationPaused)
            {
                faults.Changed.Wait(PausedCheck, _stopping.Token);
                continue;
            }

            var batch = NextBatch(consumer);
            if (batch.Count == 0)
            {
                continue;
            }

            var delivered = Deliver(consumer, batch);
            if (crashBeforeCommit is not null)
            {
                LogClosedBeforeCommit(function.Name, batch.Count);
                return crashBeforeCommit;
            }

            if (delivered.Count > 0)
            {
                Commit(consumer, delivered);
            }
        }

        return null;
    }

    private List<ConsumeResult<Ignore, string>> NextBatch(IConsumer<Ignore, string> consumer)
    {
        var batch = new List<ConsumeResult<Ignore, string>>();
        var timeout = PollTimeout;
        while (batch.Count < settings.MaxBatchSize)
        {
            ConsumeResult<Ignore, string>? result;
            try
            {
                result = consumer.Consume(timeout);
            }
            catch (ConsumeException ex) when (!ex.Error.IsFatal)
            {
                // Injected and transient fetch errors: the client recovers by itself on the next call.
                _delivery.Counters.FetchFailed();
                LogFetchFailed(ex.Error.Code, ex.Error.Reason);
                break;
            }

            if (result?.Message is null)
            {
                break;
            }

            batch.Add(result);
            timeout = BatchLinger;
        }

        return batch;
    }

    /// <returns>The records the function took; the consumer is rewound to the others.</returns>
    private List<ConsumeResult<Ignore, string>> Deliver(
        IConsumer<Ignore, string> consumer,
        List<ConsumeResult<Ignore, string>> batch)
    {
        CountRedeliveries(batch);
        MarkHandedOver(batch);
        var reverse = faults.TryTakeBatchReversal();
        if (reverse)
        {
            LogReversed(function.Name, batch.Count);
        }

        var delivered = _delivery.Deliver(batch, reverse, _stopping.Token);
        if (delivered.Count < batch.Count)
        {
            Rewind(consumer, batch.Except(delivered).ToList());
            Wait(_delivery.RefetchDelay);
        }

        return delivered;
    }

    private void Commit(IConsumer<Ignore, string> consumer, List<ConsumeResult<Ignore, string>> batch)
    {
        var offsets = batch
            .GroupBy(static r => r.TopicPartition)
            .Select(static g => new TopicPartitionOffset(g.Key, new Offset(g.Max(static r => r.Offset.Value) + 1)))
            .ToList();
        try
        {
            consumer.Commit(offsets);
        }
        catch (KafkaException ex)
        {
            // The batch was applied; if another consumer takes these partitions it gets the batch again,
            // and applying it twice changes nothing.
            _delivery.Counters.CommitFailed();
            LogCommitFailed(function.Name, ex.Error.Code, ex.Error.Reason);
        }
    }

    private static void Rewind(IConsumer<Ignore, string> consumer, List<ConsumeResult<Ignore, string>> batch)
    {
        var firsts = batch
            .GroupBy(static r => r.TopicPartition)
            .Select(static g => g.MinBy(static r => r.Offset.Value)!);
        foreach (var first in firsts)
        {
            try
            {
                consumer.Seek(first.TopicPartitionOffset);
            }
            catch (KafkaException)
            {
                // The partition went to another consumer, which starts from the last committed offset.
            }
        }
    }

    private void CountRedeliveries(List<ConsumeResult<Ignore, string>> batch)
    {
        var again = batch.Count(r =>
            _highestHandedOver.TryGetValue(r.TopicPartition, out var highest) && r.Offset.Value <= highest);
        if (again > 0)
        {
            _delivery.Counters.Redelivered(again);
            LogRedelivered(function.Name, again);
        }
    }

    private void MarkHandedOver(List<ConsumeResult<Ignore, string>> batch)
    {
        foreach (var result in batch)
        {
            var highest = _highestHandedOver.GetValueOrDefault(result.TopicPartition, -1);
            _highestHandedOver[result.TopicPartition] = Math.Max(highest, result.Offset.Value);
        }
    }

    private void Close(IConsumer<Ignore, string> consumer)
    {
        try
        {
            // Leaves the group so that the partitions move at once; commits nothing, auto-commit is off.
            consumer.Close();
        }
        catch (KafkaException ex)
        {
            LogCloseFailed(function.Name, ex.Error.Reason);
        }
    }

    private void Wait(TimeSpan delay) => _stopping.Token.WaitHandle.WaitOne(delay);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Function {Function} consumes {Topic} as group {ConsumerGroup}")]
    private partial void LogSubscribed(string function, string topic, string consumerGroup);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetch failed with {Code}: {Reason}; consuming on")]
    private partial void LogFetchFailed(ErrorCode code, string reason);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Committing after function {Function} failed with {Code}: {Reason}; the batch may come again")]
    private partial void LogCommitFailed(string function, ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Function {Function} gets {Count} events again")]
    private partial void LogRedelivered(string function, int count);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Delivering a batch of {Count} to {Function} with each partition's events reversed")]
    private partial void LogReversed(string function, int count);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Closing the consumer of {Function} before committing a batch of {Count}; it will come again")]
    private partial void LogClosedBeforeCommit(string function, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the consumer of {Function} failed: {Reason}")]
    private partial void LogCloseFailed(string function, string reason);

    [LoggerMessage(
        Level = LogLevel.Critical,
        Message = "The trigger loop of {Function} stopped; no more events are applied")]
    private partial void LogLoopFailed(Exception exception, string function);

    [LoggerMessage(Level = LogLevel.Error, Message = "The consumer of {Function} failed; starting a new one")]
    private partial void LogConsumerFailed(Exception exception, string function);
}
