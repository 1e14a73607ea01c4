using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

[Collection(TwoRegionsGroup.Name)]
public sealed class EventHubsTests(TwoRegions regions)
{
    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Namespace_EachRegion_IsStandardTierWithModernTls(string region)
    {
        var namespaceResource = regions[region].Main.Single(ResourceTypes.EventHubsNamespace);

        Assert.Equal($"serverlessim-{region}-ehns", namespaceResource.Text("name"));
        Assert.Equal("Standard", namespaceResource.Text("sku.tier"));
        Assert.Equal("1.2", namespaceResource.Text("properties.minimumTlsVersion"));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Topic_EachRegion_IsNamedForTheRegionAndReadableByThePeer(string region)
    {
        var deployment = regions[region];
        var topic = $"serverlessim-{region}-ehns/serverlessim-{region}";

        var consumerGroups = deployment.Main.OfType(ResourceTypes.ConsumerGroup).Select(group => group.Text("name"));
        var rule = deployment.Main.Single(ResourceTypes.EventHubRule);

        Assert.Equal(topic, deployment.NameOf(ResourceTypes.EventHub));
        Assert.Equal([$"{topic}/replica-{deployment.PeerName}"], consumerGroups);
        Assert.Equal($"{topic}/replica-{deployment.PeerName}-listen", rule.Text("name"));
        Assert.Equal(["Listen"], rule.Strings("properties.rights"));
    }
}
