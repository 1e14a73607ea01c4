using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

[Collection(TwoRegionsGroup.Name)]
public sealed class FunctionAppTests(TwoRegions regions)
{
    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Site_EachRegion_RunsDotnetIsolated10OnFlexConsumption(string region)
    {
        var deployment = regions[region];

        var plan = deployment.Main.Single(ResourceTypes.Plan);
        var site = deployment.Site;

        Assert.Equal("FC1", plan.Text("sku.name"));
        Assert.Equal("FlexConsumption", plan.Text("sku.tier"));
        Assert.Equal(plan.Text("id"), site.Text("properties.serverFarmId"));
        Assert.Equal("dotnet-isolated", site.Text("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", site.Text("properties.functionAppConfig.runtime.version"));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Site_EachRegion_RunsAsTheRegionsUserAssignedIdentity(string region)
    {
        var deployment = regions[region];

        var site = deployment.Site;
        var deploymentStorage = site.At("properties.functionAppConfig.deployment.storage")!;

        Assert.Equal("UserAssigned", site.Text("identity.type"));
        Assert.NotNull(site.At("identity.userAssignedIdentities")![deployment.IdentityId]);
        Assert.Equal(deployment.IdentityId, site.Text("properties.keyVaultReferenceIdentity"));
        Assert.Equal("UserAssignedIdentity", deploymentStorage.Text("authentication.type"));
        Assert.Equal(deployment.IdentityId, deploymentStorage.Text("authentication.userAssignedIdentityResourceId"));
        ArmAssert.ReadsFrom(deployment.Id(ResourceTypes.StorageAccount), deploymentStorage.Text("value"));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Site_EachRegion_AcceptsOnlyHttpsAndNoBasicPublishing(string region)
    {
        var deployment = regions[region];

        var site = deployment.Site;
        var basicPublishing = deployment.Main.OfType(ResourceTypes.PublishingCredentials)
            .ToDictionary(policy => policy.Text("name")!, policy => policy.Flag("properties.allow"));

        Assert.True(site.Flag("properties.httpsOnly"));
        Assert.Equal("1.2", site.Text("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", site.Text("properties.siteConfig.ftpsState"));
        var siteName = site.Text("name");
        Assert.Equal(
            new Dictionary<string, bool?> { [$"{siteName}/ftp"] = false, [$"{siteName}/scm"] = false },
            basicPublishing);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void RuntimeStorage_EachRegion_RefusesSharedKeysAndHoldsTheDeploymentContainer(string region)
    {
        var deployment = regions[region];

        var storage = deployment.Main.Single(ResourceTypes.StorageAccount);
        var container = deployment.Main.Single(ResourceTypes.BlobContainer);

        Assert.False(storage.Flag("properties.allowSharedKeyAccess"));
        Assert.False(storage.Flag("properties.allowBlobPublicAccess"));
        Assert.Equal("TLS1_2", storage.Text("properties.minimumTlsVersion"));
        Assert.Equal($"{storage.Text("name")}/default/app-package", container.Text("name"));
        Assert.Contains(
            "'app-package'",
            deployment.Site.Text("properties.functionAppConfig.deployment.storage.value"),
            StringComparison.Ordinal);
    }
}
