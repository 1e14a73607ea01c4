using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

[Collection(TwoRegionsGroup.Name)]
public sealed class CosmosTests(TwoRegions regions)
{
    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Containers_EachRegion_PartitionByTheKeyTheyAreReadBy(string region)
    {
        var deployment = regions[region];

        var partitionKeys = deployment.Main.OfType(ResourceTypes.CosmosContainer).ToDictionary(
            container => container.Text("name")!,
            container => string.Join(',', container.Strings("properties.resource.partitionKey.paths")));

        var account = $"serverlessim-{region}-cosmos/serverlessim";
        Assert.Equal(
            new Dictionary<string, string>
            {
                [$"{account}/conversations"] = "/id",
                [$"{account}/messages"] = "/conversationId",
                [$"{account}/memberships"] = "/userId",
            },
            partitionKeys);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void Account_EachRegion_IsSessionConsistentServerlessAndKeyless(string region)
    {
        var deployment = regions[region];
        var account = deployment.Main.Single(ResourceTypes.CosmosAccount);

        var capabilities = account.Objects("properties.capabilities").Select(capability => capability.Text("name"));
        var locations = account.Objects("properties.locations").Select(location => location.Text("locationName"));

        Assert.Equal("Session", account.Text("properties.consistencyPolicy.defaultConsistencyLevel"));
        Assert.True(account.Flag("properties.disableLocalAuth"));
        Assert.Equal(["EnableServerless"], capabilities);
        Assert.Equal([region], locations);
        Assert.Equal("serverlessim", deployment.NameOf(ResourceTypes.CosmosDatabase).Split('/')[1]);
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void DataPlaneRole_EachRegion_GrantsBuiltInDataContributorOnTheAccount(string region)
    {
        var deployment = regions[region];
        var accountId = deployment.Id(ResourceTypes.CosmosAccount);

        var assignment = deployment.Main.Single(ResourceTypes.CosmosRoleAssignment);

        Assert.Equal(accountId, assignment.Text("properties.scope"));
        Assert.Equal(
            $"{accountId}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002",
            assignment.Text("properties.roleDefinitionId"));
        ArmAssert.ReadsFrom(deployment.IdentityId, assignment.Text("properties.principalId"));
        Assert.Contains("guid(", assignment.Text("name"), StringComparison.Ordinal);
    }
}
