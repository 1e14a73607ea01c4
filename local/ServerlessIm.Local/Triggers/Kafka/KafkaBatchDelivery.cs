using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServerlessIm.Local.Triggers.Kafka;

/// <summary>
/// Hands a batch to the function as the Kafka extension does: one call per partition, the partitions side by
/// side, each partition's events in their order. A failed call is retried in place as the function's retry
/// attribute says; a partition whose retries are spent is reported back, uncommitted.
/// </summary>
internal sealed partial class KafkaBatchDelivery(
    FunctionMethod function,
    IServiceProvider services,
    KafkaTriggerCounters counters,
    ILogger logger)
{
    private readonly FunctionInvoker _function = new(function);
    private readonly FunctionRetry _retry = FunctionRetry.Of(function);

    public KafkaTriggerCounters Counters => counters;

    /// <summary>How long to wait before fetching a partition again whose retries were spent.</summary>
    public TimeSpan RefetchDelay => _retry.DelayBefore(_retry.MaxRetryCount + 1);

    /// <param name="reverse">Deliver each partition's events last first (a fault for tests).</param>
    /// <returns>The records of the partitions whose call returned.</returns>
    public List<ConsumeResult<Ignore, string>> Deliver(
        List<ConsumeResult<Ignore, string>> batch,
        bool reverse,
        CancellationToken stopping)
    {
        var partitions = batch.GroupBy(static r => r.TopicPartition).Select(static g => g.ToList()).ToList();

        // This runs on the trigger's own thread, which has nothing else to do while the calls run.
        var delivered = Task.WhenAll(partitions.Select(p => DeliverAsync(p, reverse, stopping)))
            .GetAwaiter()
            .GetResult();
        return partitions.Where((_, i) => delivered[i]).SelectMany(static p => p).ToList();
    }

    private async Task<bool> DeliverAsync(
        List<ConsumeResult<Ignore, string>> records,
        bool reverse,
        CancellationToken stopping)
    {
        await Task.Yield();
        var events = records
            .Where(static r => r.Message.Value is not null)
            .Select(static r => r.Message.Value)
            .ToList();
        if (reverse)
        {
            events.Reverse();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InvokeAsync(events, stopping);
                counters.Delivered(events.Count);
                return true;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                counters.Retried();
                if (attempt > _retry.MaxRetryCount)
                {
                    LogRetriesSpent(ex, function.Name, events.Count, attempt);
                    return false;
                }

                LogRetrying(ex, function.Name, events.Count, attempt);
                await Task.Delay(_retry.DelayBefore(attempt), stopping);
            }
        }
    }

    private async Task InvokeAsync(List<string> events, CancellationToken stopping)
    {
        await using var scope = services.CreateAsyncScope();
        await _function.InvokeAsync(new Invocation(scope.ServiceProvider, stopping) { Events = events });
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Function {Function} failed on {Count} events (attempt {Attempt}); retrying the same events")]
    private partial void LogRetrying(Exception exception, string function, int count, int attempt);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Function {Function} failed {Attempt} times on {Count} events; fetching them again, uncommitted")]
    private partial void LogRetriesSpent(Exception exception, string function, int count, int attempt);
}
