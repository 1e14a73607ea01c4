using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

/// <summary>Each region's Kafka trigger and gap repair must land on what the other region deploys.</summary>
[Collection(TwoRegionsGroup.Name)]
public sealed class ReplicationWiringTests(TwoRegions regions)
{
    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void PeerKafka_EachRegion_ReadsThePeersTopicOnItsKafkaPort(string region)
    {
        var deployment = regions[region];
        var peer = regions.PeerOf(deployment);

        var settings = deployment.AppSettings;

        var peerNamespace = peer.NameOf(ResourceTypes.EventHubsNamespace);
        var peerTopic = peer.NameOf(ResourceTypes.EventHub);
        var peerGroups = peer.Main.OfType(ResourceTypes.ConsumerGroup).Select(group => group.Text("name"));
        Assert.Equal($"{peerNamespace}.servicebus.windows.net:9093", settings["PeerKafka__Brokers"]);
        Assert.Equal($"{peerNamespace}/{settings["PeerKafka__Topic"]}", peerTopic);
        Assert.Contains($"{peerTopic}/{settings["PeerKafka__ConsumerGroup"]}", peerGroups);
        Assert.NotEqual(settings["Kafka__BootstrapServers"], settings["PeerKafka__Brokers"]);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void PeeringSecret_EachRegion_CopiesTheListenRuleThePeerCreatedForIt(string region)
    {
        var deployment = regions[region];
        var peer = regions.PeerOf(deployment);
        var vault = deployment.NameOf(ResourceTypes.KeyVault);

        var secret = deployment.Peering.Named(ResourceTypes.KeyVaultSecret, $"{vault}/peer-kafka-password");

        var peerRule = peer.Main.Single(ResourceTypes.EventHubRule);
        var value = secret.Text("properties.value")!;
        Assert.StartsWith($"[listKeys('{peerRule.Text("id")}', ", value, StringComparison.Ordinal);
        Assert.EndsWith(").primaryConnectionString]", value, StringComparison.Ordinal);
        Assert.Equal(["Listen"], peerRule.Strings("properties.rights"));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void PeerBaseUrl_EachRegion_IsTheHostThePeersSignalRCallsUpstream(string region)
    {
        var deployment = regions[region];
        var peer = regions.PeerOf(deployment);

        var upstream = Assert.Single(peer.Main.Single(ResourceTypes.SignalR).Objects("properties.upstream.templates"));
        var peerHost = new Uri(upstream.Text("urlTemplate")!).Host;

        Assert.Equal($"https://{peerHost}", deployment.AppSettings["ServerlessIm__PeerBaseUrl"]);
        Assert.StartsWith(peer.NameOf(ResourceTypes.Site) + ".", peerHost, StringComparison.Ordinal);
    }
}
