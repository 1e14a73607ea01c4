using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

[Collection(TwoRegionsGroup.Name)]
public sealed class SignalRTests(TwoRegions regions)
{
    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Service_EachRegion_RunsInServerlessMode(string region)
    {
        var signalR = regions[region].Main.Single(ResourceTypes.SignalR);

        var serviceMode = Assert.Single(
            signalR.Objects("properties.features"),
            feature => feature.Text("flag") == "ServiceMode");

        Assert.Equal("Serverless", serviceMode.Text("value"));
        Assert.Equal("Standard", signalR.Text("sku.tier"));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Upstream_EachRegion_CallsTheRegionsFunctionApp(string region)
    {
        var deployment = regions[region];

        var templates = deployment.Main.Single(ResourceTypes.SignalR).Objects("properties.upstream.templates");

        var template = Assert.Single(templates);
        Assert.Equal("chat", template.Text("hubPattern"));
        Assert.Equal(
            $"https://{deployment.NameOf(ResourceTypes.Site)}.azurewebsites.net"
                + "/api/signalr/upstream/{hub}/{category}/{event}",
            template.Text("urlTemplate"));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void AccessKey_EachRegion_IsStoredInTheRegionsVault(string region)
    {
        var deployment = regions[region];
        var vault = deployment.NameOf(ResourceTypes.KeyVault);

        var secret = deployment.Main.Single(ResourceTypes.KeyVaultSecret);

        Assert.Equal($"{vault}/signalr-access-key", secret.Text("name"));
        var value = secret.Text("properties.value")!;
        Assert.StartsWith($"[listKeys('{deployment.Id(ResourceTypes.SignalR)}', ", value, StringComparison.Ordinal);
        Assert.EndsWith(").primaryKey]", value, StringComparison.Ordinal);
    }
}
