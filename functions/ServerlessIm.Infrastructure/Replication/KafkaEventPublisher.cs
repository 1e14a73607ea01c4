using System.Globalization;
using System.Text;
using Azure.Core;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>
/// Publishes replication events to this region's topic, keyed by <see cref="ReplicationEvent.Key"/> so one
/// conversation's events stay in one partition, in order. A publish returns only once every in-sync replica
/// holds the event, and throws otherwise.
/// </summary>
public sealed partial class KafkaEventPublisher : IEventPublisher, IDisposable
{
    public const string TypeHeader = "type";
    public const string VersionHeader = "version";

    private static readonly TimeSpan FlushOnDispose = TimeSpan.FromSeconds(5);

    private readonly IProducer<string, string> _producer;
    private readonly string _topic;
    private readonly ILogger<KafkaEventPublisher> _logger;

    /// <param name="credential">Signs in when <see cref="KafkaOptions.Authentication"/> is managed identity.</param>
    public KafkaEventPublisher(
        KafkaOptions options,
        ILogger<KafkaEventPublisher> logger,
        TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _topic = options.Topic;
        _logger = logger;

        // Limitation: after a fatal producer error (the idempotent producer lost its sequence state, which is
        // rare) every publish fails until the app restarts; stored events are swept and published after that.
        var builder = new ProducerBuilder<string, string>(KafkaProducerSettings.Create(options))
            .SetErrorHandler((_, error) => LogKafkaError(error.Code, error.Reason, error.IsFatal))
            .SetLogHandler((_, message) => LogLibrdkafka(message.Facility, message.Message));

        if (options.Authentication == KafkaAuthentication.ManagedIdentity)
        {
            var scope = KafkaProducerSettings.TokenScope(options.BootstrapServers);
            var bearer = new ManagedIdentityOAuthBearer(
                credential ?? throw new ArgumentNullException(nameof(credential), "Managed identity needs one."),
                scope,
                logger);
            builder.SetOAuthBearerTokenRefreshHandler(bearer.Refresh);
        }

        _producer = builder.Build();
    }

    public async Task PublishAsync(ReplicationEvent replicationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replicationEvent);

        var version = replicationEvent.Version.ToString(CultureInfo.InvariantCulture);
        var message = new Message<string, string>
        {
            Key = replicationEvent.Key,
            Value = ReplicationEventJson.Serialize(replicationEvent),
            Headers = new Headers
            {
                { TypeHeader, Encoding.UTF8.GetBytes(replicationEvent.Type) },
                { VersionHeader, Encoding.UTF8.GetBytes(version) },
            },
        };

        // Throws ProduceException when the broker refused the event or the message timeout passed.
        var delivered = await _producer.ProduceAsync(_topic, message, cancellationToken);
        if (delivered.Status != PersistenceStatus.Persisted)
        {
            throw new KafkaException(new Error(
                ErrorCode.Local_Fail,
                $"Event {replicationEvent.EventId} is {delivered.Status}, not acknowledged by every in-sync replica."));
        }

        LogPublished(replicationEvent.EventId, delivered.Partition.Value, delivered.Offset.Value);
    }

    public void Dispose()
    {
        // Events still in flight were not acknowledged to any caller; flushing only spares the sweeper work.
        _producer.Flush(FlushOnDispose);
        _producer.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published {EventId} to partition {Partition} at {Offset}")]
    private partial void LogPublished(string eventId, int partition, long offset);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Kafka producer reported {Code} (fatal: {IsFatal}): {Reason}; unpublished events are swept later")]
    private partial void LogKafkaError(ErrorCode code, string reason, bool isFatal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "librdkafka {Facility}: {Text}")]
    private partial void LogLibrdkafka(string facility, string text);
}
