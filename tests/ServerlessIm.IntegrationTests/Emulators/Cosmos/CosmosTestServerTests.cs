using System.Net;
using Microsoft.Azure.Cosmos;

namespace ServerlessIm.IntegrationTests.Emulators.Cosmos;

public sealed class CosmosTestServerTests(CosmosTestServerFixture fixture) : IClassFixture<CosmosTestServerFixture>
{
    [Fact]
    public async Task StartAsync_FreePort_ServesTheAccountOnLoopback()
    {
        var endpoint = fixture.Server.Endpoint;

        var account = await fixture.Client.ReadAccountAsync();

        Assert.Equal("https", endpoint.Scheme);
        Assert.True(endpoint.IsLoopback);
        Assert.NotEqual(0, endpoint.Port);
        Assert.NotNull(account.Id);
    }

    [Fact]
    public async Task ReplaceItemAsync_CurrentETag_StoresTheNewVersion()
    {
        var container = await fixture.CreateContainerAsync();
        var created = await container.CreateItemAsync(new TestItem("a", "p", 1, false), new PartitionKey("p"));

        var replaced = await container.ReplaceItemAsync(
            created.Resource with { N = 2 }, "a", new PartitionKey("p"),
            new ItemRequestOptions { IfMatchEtag = created.ETag });
        var read = await container.ReadItemAsync<TestItem>("a", new PartitionKey("p"));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(created.ETag, replaced.ETag);
        Assert.Equal(2, read.Resource.N);
        Assert.Equal(replaced.ETag, read.ETag);
    }

    [Fact]
    public async Task ReplaceItemAsync_StaleETag_ThrowsPreconditionFailed()
    {
        var container = await fixture.CreateContainerAsync();
        var created = await container.CreateItemAsync(new TestItem("a", "p", 1, false), new PartitionKey("p"));
        await container.ReplaceItemAsync(created.Resource with { N = 2 }, "a", new PartitionKey("p"));

        var error = await Assert.ThrowsAsync<CosmosException>(() => container.ReplaceItemAsync(
            created.Resource with { N = 3 }, "a", new PartitionKey("p"),
            new ItemRequestOptions { IfMatchEtag = created.ETag }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
    }

    [Fact]
    public async Task CreateItemAsync_ExistingId_ThrowsConflict()
    {
        var container = await fixture.CreateContainerAsync();
        await container.CreateItemAsync(new TestItem("a", "p", 1, false), new PartitionKey("p"));

        var error = await Assert.ThrowsAsync<CosmosException>(
            () => container.CreateItemAsync(new TestItem("a", "p", 2, false), new PartitionKey("p")));

        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
    }

    [Fact]
    public async Task ReadItemAsync_MissingId_ThrowsNotFound()
    {
        var container = await fixture.CreateContainerAsync();
        await container.CreateItemAsync(new TestItem("a", "p", 1, false), new PartitionKey("p"));

        var error = await Assert.ThrowsAsync<CosmosException>(
            () => container.ReadItemAsync<TestItem>("missing", new PartitionKey("p")));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }
}
