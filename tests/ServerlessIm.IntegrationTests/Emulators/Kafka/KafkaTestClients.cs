using System.Text;
using Confluent.Kafka;
using ServerlessIm.Local.Emulators.Kafka;

namespace ServerlessIm.IntegrationTests.Emulators.Kafka;

/// <summary>Producers and consumers tuned for the mock cluster, and a bounded consume loop.</summary>
internal static class KafkaTestClients
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static IProducer<string, string> IdempotentProducer(MockKafkaCluster cluster) =>
        new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 5,
        }).Build();

    public static IConsumer<string, string> Consumer(MockKafkaCluster cluster, string? groupId = null) =>
        new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = groupId ?? $"group-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            SessionTimeoutMs = 3000,
            HeartbeatIntervalMs = 500,
        }).Build();

    public static Message<string, string> Message(string key, string value) => new()
    {
        Key = key,
        Value = value,
        Headers = [new Header("client-message-id", Encoding.UTF8.GetBytes(key))],
    };

    public static void AssignFromBeginning(IConsumer<string, string> consumer, string topic, int partitions) =>
        consumer.Assign(Enumerable.Range(0, partitions)
            .Select(partition => new TopicPartitionOffset(topic, partition, Offset.Beginning)));

    /// <summary>Consumes until <paramref name="count"/> messages arrived or the deadline passed.</summary>
    public static List<ConsumeResult<string, string>> ConsumeAtLeast(IConsumer<string, string> consumer, int count)
    {
        var received = new List<ConsumeResult<string, string>>();
        var deadline = DateTime.UtcNow + Deadline;
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            try
            {
                if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { Message: not null } result)
                {
                    received.Add(result);
                }
            }
            catch (ConsumeException exception) when (!exception.Error.IsFatal)
            {
                // Injected and transient broker errors surface here; the consumer carries on.
            }
        }

        return received;
    }
}
