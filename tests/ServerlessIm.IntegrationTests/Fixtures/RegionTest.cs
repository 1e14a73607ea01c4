using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Infrastructure.Storage;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>A test class over one region, on a fresh database for each test.</summary>
public abstract class RegionTest(CosmosServerFixture cosmos) : IAsyncLifetime
{
    protected RegionUnderTest Region { get; private set; } = null!;

    protected RegionApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Region = await RegionUnderTest.StartAsync(cosmos);
        Api = new RegionApi(Region);
        await ArrangeAsync();
    }

    public async Task DisposeAsync() => await Region.DisposeAsync();

    /// <summary>What every test of the class starts from.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;

    /// <summary>Every stored document with its ETag.</summary>
    protected Task<IReadOnlyList<string>> SnapshotAsync() =>
        StoredSnapshot.TakeAsync(Region.Services.GetRequiredService<CosmosContainers>());

    /// <summary>Creates a conversation of <paramref name="creatorId"/> and the other members; returns its id.</summary>
    protected async Task<string> CreateConversationAsync(string creatorId, params string[] members)
    {
        var created = await Api.CreateConversationAsync(Region.TokenFor(creatorId), members);
        Assert.Equal(201, created.Status);
        return created.Text("id")!;
    }
}
