using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace ServerlessIm.Local.Triggers.Kafka;

/// <summary>The consumer a trigger loop uses, with settings that suit the mock cluster's rebalances.</summary>
internal static partial class KafkaTriggerConsumer
{
    public static IConsumer<Ignore, string> Build(KafkaTriggerSettings settings, string region, ILogger logger)
    {
        // Limitation: the local trigger connects without authentication, so it reaches the mock clusters only.
        var config = new ConsumerConfig
        {
            BootstrapServers = settings.Brokers,
            GroupId = settings.ConsumerGroup,
            ClientId = $"serverlessim-local-{region}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            PartitionAssignmentStrategy = PartitionAssignmentStrategy.CooperativeSticky,

            // A rebalance takes about a session timeout; short ones keep restarts quick.
            SessionTimeoutMs = 3000,
            HeartbeatIntervalMs = 500,
        };

        return new ConsumerBuilder<Ignore, string>(config)
            .SetLogHandler((_, message) => LogClient(logger, message.Facility, message.Message))
            .SetErrorHandler((_, error) => LogClientError(logger, error.Code, error.Reason))
            .SetPartitionsAssignedHandler((_, partitions) => LogAssigned(logger, partitions.Count))
            .SetPartitionsRevokedHandler((_, partitions) => LogRevoked(logger, partitions.Count))
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "librdkafka {Facility}: {Text}")]
    private static partial void LogClient(ILogger logger, string facility, string text);

    // Broker outages surface here as transport errors and heal by themselves.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Kafka consumer error {Code}: {Reason}")]
    private static partial void LogClientError(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assigned {Count} partitions")]
    private static partial void LogAssigned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Revoked {Count} partitions")]
    private static partial void LogRevoked(ILogger logger, int count);
}
