using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ServerlessIm.Local.Emulators.Kafka;
using ServerlessIm.Local.Faults;
using ServerlessIm.Local.Triggers;
using ServerlessIm.Local.Triggers.Kafka;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>A Kafka trigger loop running <see cref="RecordingFunction"/> against its own mock cluster.</summary>
internal sealed class TriggerLoopHarness : IAsyncDisposable
{
    public const string Topic = "events";
    private const int Partitions = 2;
    private const string Group = "replica-test";

    private readonly MockKafkaCluster _cluster;
    private readonly ServiceProvider _services;
    private readonly KafkaTriggerLoop _loop;

    public TriggerLoopHarness(Func<int, bool> failsOnCall)
    {
        _cluster = MockKafkaCluster.Create();
        _cluster.CreateTopic(Topic, Partitions, replicationFactor: 1);
        Recorder = new BatchRecorder(failsOnCall);
        _services = new ServiceCollection().AddSingleton(Recorder).BuildServiceProvider();
        Faults = new LocalFaults().For("test");

        var function = FunctionCatalog.Discover([typeof(RecordingFunction).Assembly]).Single();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PeerKafka:Brokers"] = _cluster.BootstrapServers,
            ["PeerKafka:Topic"] = Topic,
            ["PeerKafka:ConsumerGroup"] = Group,
        }).Build();
        _loop = new KafkaTriggerLoop(
            function,
            KafkaTriggerSettings.From(function, configuration),
            _services,
            Faults,
            NullLogger<KafkaTriggerLoop>.Instance);
    }

    public BatchRecorder Recorder { get; }

    public RegionFaults Faults { get; }

    public MockKafkaCluster Cluster => _cluster;

    public KafkaTriggerStatistics Statistics => _loop.Statistics;

    public Task StartAsync() => _loop.StartAsync(CancellationToken.None);

    /// <summary>Produces events <c>e1..en</c>, each partition's in order; with a key, all to one partition.</summary>
    public async Task<IReadOnlyList<string>> ProduceAsync(int count, string? key = null)
    {
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = _cluster.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
        }).Build();
        var events = Enumerable.Range(1, count).Select(static i => $"e{i}").ToList();
        foreach (var value in events)
        {
            await producer.ProduceAsync(Topic, new Message<string, string> { Key = key ?? value, Value = value });
        }

        return events;
    }

    /// <summary>The offsets committed by the loop's group, summed over the partitions.</summary>
    public long CommittedCount()
    {
        using var probe = new ConsumerBuilder<Ignore, string>(new ConsumerConfig
        {
            BootstrapServers = _cluster.BootstrapServers,
            GroupId = Group,
        }).Build();
        var partitions = Enumerable.Range(0, Partitions).Select(static p => new TopicPartition(Topic, p));
        return probe.Committed(partitions, TimeSpan.FromSeconds(10))
            .Sum(static o => o.Offset.Value < 0 ? 0 : o.Offset.Value);
    }

    public async ValueTask DisposeAsync()
    {
        await _loop.StopAsync(CancellationToken.None);
        _loop.Dispose();
        await _services.DisposeAsync();
        _cluster.Dispose();
    }
}
