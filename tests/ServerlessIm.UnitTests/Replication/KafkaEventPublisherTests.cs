using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServerlessIm.Core.Replication;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class KafkaEventPublisherTests
{
    [Fact]
    public void Create_ManagedIdentity_SignsInWithOAuthBearerOverTls()
    {
        var config = KafkaProducerSettings.Create(Options(KafkaAuthentication.ManagedIdentity));

        Assert.Equal(SecurityProtocol.SaslSsl, config.SecurityProtocol);
        Assert.Equal(SaslMechanism.OAuthBearer, config.SaslMechanism);
    }

    [Fact]
    public void Create_AnyAuthentication_IsIdempotentAndWaitsForEveryInSyncReplica()
    {
        var config = KafkaProducerSettings.Create(Options(KafkaAuthentication.None));

        Assert.Equal(SecurityProtocol.Plaintext, config.SecurityProtocol);
        Assert.True(config.EnableIdempotence);
        Assert.Equal(Acks.All, config.Acks);
        Assert.Equal(10_000, config.MessageTimeoutMs);
    }

    [Fact]
    public void Create_NoTopic_ThrowsSayingWhichSettingToSet()
    {
        var options = Options(KafkaAuthentication.None);
        options.Topic = "";

        var error = Assert.Throws<OptionsValidationException>(() => KafkaProducerSettings.Create(options));

        Assert.Contains("Kafka__Topic", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contoso.servicebus.windows.net:9093")]
    [InlineData("contoso.servicebus.windows.net:9093,other.servicebus.windows.net:9093")]
    [InlineData("contoso.servicebus.windows.net")]
    public void TokenScope_EventHubsBootstrapServers_IsTheNamespaceDefaultScope(string bootstrapServers)
    {
        Assert.Equal(
            "https://contoso.servicebus.windows.net/.default",
            KafkaProducerSettings.TokenScope(bootstrapServers));
    }

    [Fact]
    public async Task PublishAsync_NoBrokerAnswers_ThrowsOnceTheMessageTimeoutPasses()
    {
        var options = Options(KafkaAuthentication.None);
        options.BootstrapServers = "127.0.0.1:1";
        options.MessageTimeout = TimeSpan.FromSeconds(1);
        using var publisher = new KafkaEventPublisher(options, NullLogger<KafkaEventPublisher>.Instance);
        var at = DateTimeOffset.UnixEpoch;
        var beat = ReplicationEvent.Beat(new RegionHeartbeat("region-a", at, "1"), at);

        await Assert.ThrowsAsync<ProduceException<string, string>>(
            () => publisher.PublishAsync(beat, CancellationToken.None));
    }

    private static KafkaOptions Options(KafkaAuthentication authentication) => new()
    {
        BootstrapServers = "contoso.servicebus.windows.net:9093",
        Topic = "serverlessim-region-a",
        Authentication = authentication,
    };
}
