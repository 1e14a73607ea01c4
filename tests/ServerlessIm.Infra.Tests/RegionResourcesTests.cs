using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

[Collection(TwoRegionsGroup.Name)]
public sealed class RegionResourcesTests(TwoRegions regions)
{
    // Resource types a region holds exactly one of.
    private static readonly string[] SingleResources =
    [
        ResourceTypes.Identity,
        ResourceTypes.Workspace,
        ResourceTypes.AppInsights,
        ResourceTypes.StorageAccount,
        ResourceTypes.BlobContainer,
        ResourceTypes.CosmosAccount,
        ResourceTypes.CosmosDatabase,
        ResourceTypes.CosmosRoleAssignment,
        ResourceTypes.EventHubsNamespace,
        ResourceTypes.EventHub,
        ResourceTypes.ConsumerGroup,
        ResourceTypes.EventHubRule,
        ResourceTypes.SignalR,
        ResourceTypes.KeyVault,
        ResourceTypes.KeyVaultSecret,
        ResourceTypes.Plan,
        ResourceTypes.Site,
    ];

    // Resources whose logs and metrics go to the region's workspace.
    private static readonly string[] DiagnosedResources =
    [
        ResourceTypes.Site,
        ResourceTypes.CosmosAccount,
        ResourceTypes.EventHubsNamespace,
        ResourceTypes.SignalR,
        ResourceTypes.KeyVault,
        ResourceTypes.BlobService,
    ];

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Resources_EachRegion_IncludeOneOfEachServiceInTheRegionsLocation(string region)
    {
        var deployment = regions[region];

        var counts = SingleResources.ToDictionary(type => type, type => deployment.Main.OfType(type).Count);
        var locations = deployment.Main.Resources
            .Select(resource => resource.Text("location"))
            .OfType<string>()
            .Distinct();

        Assert.All(counts, count => Assert.True(count.Value == 1, $"{count.Key}: {count.Value}"));
        Assert.Equal([region], locations);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void DiagnosticSettings_EachRegion_SendEveryServiceToTheWorkspace(string region)
    {
        var deployment = regions[region];
        var workspaceId = deployment.Id(ResourceTypes.Workspace);

        var diagnosed = deployment.Main.OfType(ResourceTypes.DiagnosticSettings)
            .Where(setting => setting.Text("properties.workspaceId") == workspaceId)
            .Where(setting => setting.Objects("properties.logs").Any(log => log.Flag("enabled") == true))
            .Select(setting => setting.Text("id")!)
            .ToList();

        Assert.All(DiagnosedResources, type => Assert.Contains(
            $"{deployment.Id(type)}/providers/Microsoft.Insights/diagnosticSettings/to-workspace", diagnosed));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Tags_EachRegion_MarkEveryTrackedResourceWithProductAndRegion(string region)
    {
        var tracked = regions[region].Main.Resources.Where(resource => resource["location"] is not null).ToList();

        var untagged = tracked
            .Where(resource => resource.Text("tags.product") != "serverlessim"
                || resource.Text("tags.region") != region)
            .Select(resource => resource.Text("name"));

        Assert.NotEmpty(tracked);
        Assert.Empty(untagged);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Outputs_EachRegion_NameTheHostTheNamespaceAndThePrincipal(string region)
    {
        var deployment = regions[region];

        var outputs = deployment.Main.Outputs;

        ArmAssert.ReadsFrom(deployment.Id(ResourceTypes.Site), outputs.Text("functionAppHostName"));
        Assert.Equal(deployment.NameOf(ResourceTypes.EventHubsNamespace), outputs.Text("eventHubsNamespaceName"));
        ArmAssert.ReadsFrom(deployment.IdentityId, outputs.Text("principalId"));
    }
}
