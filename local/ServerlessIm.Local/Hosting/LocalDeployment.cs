using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Local.Emulators.Cosmos;
using ServerlessIm.Local.Emulators.Kafka;
using ServerlessIm.Local.Faults;

namespace ServerlessIm.Local.Hosting;

/// <summary>
/// Two regions on this machine: one Cosmos test server holding a database per region, a mock Kafka cluster per
/// region, and a <see cref="RegionHost"/> per region, each consuming the other's topic. One generated signing
/// key serves both, so a development token works in either region.
/// </summary>
public sealed class LocalDeployment : IAsyncDisposable
{
    private readonly List<MockKafkaCluster> _clusters;
    private readonly List<RegionHost> _regions = [];
    private int _disposed;

    private LocalDeployment(
        CosmosTestServer cosmos,
        List<MockKafkaCluster> clusters,
        LocalFaults faults,
        string signingKey)
    {
        Cosmos = cosmos;
        _clusters = clusters;
        Faults = faults;
        SigningKey = signingKey;
    }

    public CosmosTestServer Cosmos { get; }

    public LocalFaults Faults { get; }

    /// <summary>The run's development signing key, base64.</summary>
    public string SigningKey { get; }

    public IReadOnlyList<RegionHost> Regions => _regions;

    public RegionHost this[string region] =>
        _regions.SingleOrDefault(r => r.Region == region)
        ?? throw new KeyNotFoundException($"This deployment runs {string.Join(", ", _regions)}, not '{region}'.");

    /// <summary>The Kafka cluster a region produces to (and its peer consumes from).</summary>
    public MockKafkaCluster KafkaOf(string region) => _clusters[IndexOf(region)];

    public static async Task<LocalDeployment> StartAsync(
        LocalDeploymentOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Regions.Count != 2 || options.Ports.Count != 2 || options.Regions[0] == options.Regions[1])
        {
            throw new ArgumentException("The local runner hosts two differently named regions, with a port each.");
        }

        var cosmos = await CosmosTestServer.StartAsync(cancellationToken);
        var deployment = new LocalDeployment(cosmos, [], new LocalFaults(), DevelopmentTokens.GenerateKey());
        try
        {
            await deployment.StartRegionsAsync(options, cancellationToken);
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the regions first (their Kafka clients), then the Kafka clusters, then Cosmos.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await Task.WhenAll(_regions.Select(static r => r.DisposeAsync().AsTask()));
        _clusters.ForEach(static c => c.Dispose());
        await Cosmos.DisposeAsync();
    }

    private async Task StartRegionsAsync(LocalDeploymentOptions options, CancellationToken cancellationToken)
    {
        var names = options.Regions;
        foreach (var region in names)
        {
            var cluster = MockKafkaCluster.Create();
            _clusters.Add(cluster);
            cluster.CreateTopic(RegionHostOptions.TopicOf(region), options.Partitions, replicationFactor: 1);
            Faults.AddCluster(cluster);
            Faults.For(region);
        }

        var ports = options.Ports.Any(static p => p == 0) ? FreePorts.Take(2) : options.Ports;
        for (var i = 0; i < names.Count; i++)
        {
            _regions.Add(await RegionHost.StartAsync(RegionOptions(options, i, ports), cancellationToken));
        }
    }

    private RegionHostOptions RegionOptions(LocalDeploymentOptions options, int index, IReadOnlyList<int> ports)
    {
        var region = options.Regions[index];
        var peer = 1 - index;
        return new RegionHostOptions
        {
            Region = region,
            PeerRegion = options.Regions[peer],
            Port = ports[index],
            PeerBaseUrl = new Uri($"http://127.0.0.1:{ports[peer]}/"),
            CosmosEndpoint = Cosmos.Endpoint,
            CosmosKey = Cosmos.Key,
            CosmosDatabase = "serverlessim-" + region,
            KafkaBootstrapServers = _clusters[index].BootstrapServers,
            PeerKafkaBootstrapServers = _clusters[peer].BootstrapServers,
            SigningKey = SigningKey,
            Faults = Faults,
            Settings = new Dictionary<string, string?>(options.Settings, StringComparer.Ordinal),
            TimerPeriods = new Dictionary<string, TimeSpan>(options.TimerPeriods, StringComparer.Ordinal),
            ConfigureServices = options.ConfigureServices is { } services ? s => services(region, s) : null,
            ConfigureLogging = options.ConfigureLogging is { } logging ? l => logging(region, l) : null,
        };
    }

    private int IndexOf(string region) =>
        _regions.FindIndex(r => r.Region == region) is var index and >= 0
            ? index
            : throw new KeyNotFoundException($"This deployment runs {string.Join(", ", _regions)}, not '{region}'.");
}
