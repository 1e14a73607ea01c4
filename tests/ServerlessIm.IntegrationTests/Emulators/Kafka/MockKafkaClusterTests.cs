using Confluent.Kafka;
using ServerlessIm.Local.Emulators.Kafka;

namespace ServerlessIm.IntegrationTests.Emulators.Kafka;

public sealed class MockKafkaClusterTests
{
    [Fact]
    public async Task ProduceAndConsume_IdempotentProducerOnCreatedTopic_DeliversEveryMessageOnce()
    {
        using var cluster = MockKafkaCluster.Create();
        cluster.CreateTopic("events", partitions: 3, replicationFactor: 3);
        using var producer = KafkaTestClients.IdempotentProducer(cluster);
        using var consumer = KafkaTestClients.Consumer(cluster);
        consumer.Subscribe("events");

        var deliveries = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => producer.ProduceAsync("events", KafkaTestClients.Message($"k{i}", $"v{i}"))));
        var received = KafkaTestClients.ConsumeAtLeast(consumer, 100);
        consumer.Close();

        Assert.All(deliveries, delivery => Assert.Equal(PersistenceStatus.Persisted, delivery.Status));
        Assert.Equal(3, deliveries.Select(delivery => delivery.Partition.Value).Distinct().Count());
        Assert.Equal(100, received.Count);
        Assert.Equal(
            Enumerable.Range(0, 100).Select(i => $"k{i}:v{i}").Order(),
            received.Select(result => $"{result.Message.Key}:{result.Message.Value}").Order());
        Assert.All(received, result => Assert.Equal(
            result.Message.Key, System.Text.Encoding.UTF8.GetString(result.Message.Headers[0].GetValueBytes())));
    }

    [Fact]
    public async Task ProduceAsync_LeaderDownThenUpMidStream_LosesAndDuplicatesNothing()
    {
        using var cluster = MockKafkaCluster.Create();
        cluster.CreateTopic("events", partitions: 2, replicationFactor: 3);
        cluster.SetPartitionLeader("events", partition: 0, brokerId: 1);
        cluster.SetPartitionLeader("events", partition: 1, brokerId: 2);
        using var producer = KafkaTestClients.IdempotentProducer(cluster);
        using var consumer = KafkaTestClients.Consumer(cluster);
        KafkaTestClients.AssignFromBeginning(consumer, "events", 2);
        var partition0 = new TopicPartition("events", 0);
        await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => producer.ProduceAsync(partition0, KafkaTestClients.Message($"k{i}", "before"))));

        cluster.SetBrokerDown(1);
        var during = Enumerable.Range(50, 50)
            .Select(i => producer.ProduceAsync(partition0, KafkaTestClients.Message($"k{i}", "during")))
            .ToList();
        var partition1 = new TopicPartition("events", 1);
        await producer.ProduceAsync(partition1, KafkaTestClients.Message("other", "v"))
            .WaitAsync(KafkaTestClients.Deadline);
        var waitingForLeader = during.Count(delivery => !delivery.IsCompleted);
        cluster.SetBrokerUp(1);
        await Task.WhenAll(during).WaitAsync(KafkaTestClients.Deadline);
        var received = KafkaTestClients.ConsumeAtLeast(consumer, 101);

        Assert.Equal(50, waitingForLeader);
        Assert.Equal(
            Enumerable.Range(0, 100).Select(i => $"k{i}"),
            received.Where(result => result.Partition == 0).Select(result => result.Message.Key));
        Assert.Equal("other", Assert.Single(received, result => result.Partition == 1).Message.Key);
    }

    [Fact]
    public async Task PushRequestErrors_RetriableProduceErrors_IdempotentProducerRetriesWithoutDuplicates()
    {
        using var cluster = MockKafkaCluster.Create();
        cluster.CreateTopic("events", partitions: 1, replicationFactor: 3);
        using var producer = KafkaTestClients.IdempotentProducer(cluster);
        using var consumer = KafkaTestClients.Consumer(cluster);
        KafkaTestClients.AssignFromBeginning(consumer, "events", 1);

        cluster.PushRequestErrors(
            KafkaApiKeys.Produce,
            ErrorCode.NotEnoughReplicas,
            ErrorCode.NotLeaderForPartition,
            ErrorCode.Local_Transport);
        var deliveries = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => producer.ProduceAsync("events", KafkaTestClients.Message($"k{i}", "v"))));
        var received = KafkaTestClients.ConsumeAtLeast(consumer, 20);

        Assert.All(deliveries, delivery => Assert.Equal(PersistenceStatus.Persisted, delivery.Status));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"k{i}"), received.Select(result => result.Message.Key));
    }

    [Fact]
    public async Task PushRequestErrors_ProducerWithoutRetries_SeesTheInjectedError()
    {
        using var cluster = MockKafkaCluster.Create();
        cluster.CreateTopic("events", partitions: 1, replicationFactor: 1);
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            MessageSendMaxRetries = 0,
        }).Build();
        await producer.ProduceAsync("events", KafkaTestClients.Message("warm-up", "v"));

        cluster.PushRequestErrors(KafkaApiKeys.Produce, ErrorCode.NotEnoughReplicas);
        var error = await Assert.ThrowsAsync<ProduceException<string, string>>(
            () => producer.ProduceAsync("events", KafkaTestClients.Message("k", "v")));

        Assert.Equal(ErrorCode.NotEnoughReplicas, error.Error.Code);
    }

    [Fact]
    public async Task Create_TwoClustersInOneProcess_KeepSeparateData()
    {
        using var east = MockKafkaCluster.Create();
        using var west = MockKafkaCluster.Create(brokers: 1);
        east.CreateTopic("events", partitions: 1, replicationFactor: 3);
        west.CreateTopic("events", partitions: 1, replicationFactor: 1);
        using var eastProducer = KafkaTestClients.IdempotentProducer(east);
        using var westProducer = KafkaTestClients.IdempotentProducer(west);
        using var eastConsumer = KafkaTestClients.Consumer(east);
        using var westConsumer = KafkaTestClients.Consumer(west);
        var partition = new TopicPartition("events", 0);

        await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(i => eastProducer.ProduceAsync("events", KafkaTestClients.Message($"e{i}", "v"))));
        await westProducer.ProduceAsync("events", KafkaTestClients.Message("w0", "v"));
        var eastOffsets = eastConsumer.QueryWatermarkOffsets(partition, KafkaTestClients.Deadline);
        var westOffsets = westConsumer.QueryWatermarkOffsets(partition, KafkaTestClients.Deadline);

        Assert.NotEqual(east.BootstrapServers, west.BootstrapServers);
        Assert.Equal(3, eastOffsets.High.Value);
        Assert.Equal(1, westOffsets.High.Value);
    }
}
