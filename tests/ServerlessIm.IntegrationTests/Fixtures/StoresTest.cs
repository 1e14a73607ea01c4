namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>A test class over the Cosmos stores of a fresh database for each test.</summary>
public abstract class StoresTest(CosmosServerFixture cosmos) : IAsyncLifetime
{
    protected StoresUnderTest Stores { get; private set; } = null!;

    public async Task InitializeAsync() => Stores = await StoresUnderTest.CreateAsync(cosmos);

    public async Task DisposeAsync() => await Stores.DisposeAsync();
}
