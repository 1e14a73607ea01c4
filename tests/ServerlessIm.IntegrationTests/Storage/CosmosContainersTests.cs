using ServerlessIm.IntegrationTests.Fixtures;

namespace ServerlessIm.IntegrationTests.Storage;

[Collection(CosmosTests.Name)]
public sealed class CosmosContainersTests(CosmosServerFixture cosmos)
{
    [Fact]
    public async Task EnsureCreatedAsync_CalledAgain_KeepsTheContainersWithTheirPartitionKeys()
    {
        await using var stores = await StoresUnderTest.CreateAsync(cosmos);

        await stores.Containers.EnsureCreatedAsync();

        var keys = new[] { stores.Containers.Conversations, stores.Containers.Messages, stores.Containers.Memberships }
            .Select(async container => (await container.ReadContainerAsync()).Resource.PartitionKeyPath);
        Assert.Equal(["/id", "/conversationId", "/userId"], await Task.WhenAll(keys));
    }
}
