using ServerlessIm.Infra.Tests.Deployment;

namespace ServerlessIm.Infra.Tests;

[Collection(TwoRegionsGroup.Name)]
public sealed class RoleAssignmentTests(TwoRegions regions)
{
    // Every role the app's identity holds in its region, on the resource it is scoped to.
    private static readonly (string ResourceType, string RoleDefinitionId)[] AppRoles =
    [
        (ResourceTypes.EventHubsNamespace, "2b629674-e913-4c01-ae53-ef4638d8f975"), // Event Hubs Data Sender
        (ResourceTypes.SignalR, "fd53cd77-2268-407a-8f46-7e7863d0f521"), // SignalR REST API Owner
        (ResourceTypes.KeyVault, "4633458b-17de-408a-b874-0445c86b69e6"), // Key Vault Secrets User
        (ResourceTypes.StorageAccount, "b7e6dc6d-f1e8-4753-8033-0f276bb0955b"), // Storage Blob Data Owner
        (ResourceTypes.StorageAccount, "974c5e8b-45b9-4653-ba55-5f855dd0fb88"), // Storage Queue Data Contributor
        (ResourceTypes.StorageAccount, "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"), // Storage Table Data Contributor
        (ResourceTypes.AppInsights, "3913510d-42f4-4e42-8a64-420c390055eb"), // Monitoring Metrics Publisher
    ];

    public static TheoryData<string, string, string> Grants()
    {
        var grants = new TheoryData<string, string, string>();
        foreach (var region in TwoRegions.Regions)
        {
            foreach (var (resourceType, roleDefinitionId) in AppRoles)
            {
                grants.Add(region, resourceType, roleDefinitionId);
            }
        }

        return grants;
    }

    [Theory]
    [MemberData(nameof(Grants))]
    public void RoleAssignment_EachRegion_GrantsTheAppIdentityItsRoleOnTheResource(
        string region, string resourceType, string roleDefinitionId)
    {
        var deployment = regions[region];
        var resourceId = deployment.Id(resourceType);

        var roleDefinition = $"/subscriptions/{TwoRegions.SubscriptionId}/providers/"
            + $"Microsoft.Authorization/roleDefinitions/{roleDefinitionId}";

        var assignment = Assert.Single(
            deployment.Main.OfType(ResourceTypes.RoleAssignment),
            assignment => ArmExpressions.IsExtensionOf(assignment.Text("id")!, resourceId)
                && assignment.Text("properties.roleDefinitionId") == roleDefinition);

        ArmAssert.ReadsFrom(deployment.IdentityId, assignment.Text("properties.principalId"));
        Assert.Equal("ServicePrincipal", assignment.Text("properties.principalType"));
    }

    [Theory]
    [MemberData(nameof(TwoRegions.Names), MemberType = typeof(TwoRegions))]
    public void RoleAssignments_EachRegion_AreNamedByGuidAndNoMoreThanListed(string region)
    {
        var assignments = regions[region].Main.OfType(ResourceTypes.RoleAssignment);

        Assert.Equal(AppRoles.Length, assignments.Count);
        Assert.All(
            assignments,
            assignment => Assert.StartsWith("[guid(", assignment.Text("name"), StringComparison.Ordinal));
    }
}
