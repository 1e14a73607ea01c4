using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Replication;
using ServerlessIm.Functions.Bindings;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.Functions.Replication;

/// <summary>
/// Applies the peer region's replication events, batch by batch: each conversation's events in the order of
/// its topic partition, different conversations side by side.
/// A record that is not an event is logged and skipped, since no retry can apply it; any other failure is
/// thrown, so the batch is retried and its offsets are not committed (host.json: <c>commitOnFailure</c> false).
/// Every event's handling is idempotent, so the events of a retried batch that were applied change nothing.
/// </summary>
public sealed partial class ApplyPeerEventsFunction(
    ReplicationReceiver receiver,
    ILogger<ApplyPeerEventsFunction> logger)
{
    /// <remarks>
    /// Protocol and mechanism are enums in the extension's contract, which the host cannot read from settings:
    /// they are fixed to what Event Hubs' Kafka endpoint needs. The local runner consumes with its own settings.
    /// A failing batch is retried with backoff, then handed back to the extension, which retries it again
    /// (host.json: <c>maxRetries</c> -1), so a long store outage delays replication but never skips an event.
    /// </remarks>
    [Function("ApplyPeerEvents")]
    [ExponentialBackoffRetry(8, "00:00:01", "00:01:00")]
    public async Task RunAsync(
        [KafkaTrigger(
            "%PeerKafka:Brokers%",
            "%PeerKafka:Topic%",
            ConsumerGroup = "%PeerKafka:ConsumerGroup%",
            Username = "%PeerKafka:Username%",
            Password = "%PeerKafka:Password%",
            Protocol = BrokerProtocol.SaslSsl,
            AuthenticationMode = BrokerAuthenticationMode.Plain,
            IsBatched = true)]
        string[] events,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);

        var batch = new List<ReplicationEvent>(events.Length);
        for (var index = 0; index < events.Length; index++)
        {
            try
            {
                batch.Add(ReplicationEventJson.Deserialize(KafkaRecordValue.Of(events[index])));
            }
            catch (MalformedEventException ex)
            {
                LogMalformed(ex, index, events.Length);
            }
        }

        await receiver.HandleBatchAsync(batch, cancellationToken);
    }

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Skipped record {Index} of a batch of {Count}: not a replication event, it can never be applied")]
    private partial void LogMalformed(Exception exception, int index, int count);
}
