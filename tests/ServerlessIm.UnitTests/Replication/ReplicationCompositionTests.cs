using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Infrastructure.Composition;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class ReplicationCompositionTests : IDisposable
{
    private readonly AuthOptions _auth = new() { DevelopmentSigningKey = DevelopmentTokens.GenerateKey() };
    private readonly ServiceProvider _services;

    public ReplicationCompositionTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Kafka:BootstrapServers"] = "127.0.0.1:1",
                ["Kafka:Topic"] = "serverlessim-region-a",
                ["Kafka:Authentication"] = "None",
            })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(_auth)
            .AddSingleton(new RegionOptions { Region = "region-a", PeerRegion = "region-b" })
            .AddKafkaReplication(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public void AddKafkaReplication_LocalSettings_PublishesThroughKafkaAndRepairsThroughThePeerApi()
    {
        Assert.IsType<KafkaEventPublisher>(_services.GetRequiredService<IEventPublisher>());
        Assert.IsType<PeerHistoryClient>(_services.GetRequiredService<IPeerHistory>());
        Assert.IsType<DevelopmentPeerAccessToken>(_services.GetRequiredService<IPeerAccessToken>());
    }

    [Fact]
    public async Task DevelopmentPeerToken_PresentedToAPeerSharingTheKey_IsAcceptedAsAReplicationPeer()
    {
        var token = await _services.GetRequiredService<IPeerAccessToken>().GetAsync(CancellationToken.None);

        var validation = await new JwtTokenValidator(_auth, NullLogger<JwtTokenValidator>.Instance)
            .ValidateAsync(token, CancellationToken.None);

        Assert.True(validation.Caller?.IsReplicationPeer);
        Assert.Equal("region-a", validation.Caller?.UserId);
    }

    public void Dispose() => _services.Dispose();
}
