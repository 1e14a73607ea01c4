using Microsoft.Azure.Cosmos;
using ServerlessIm.Local.Emulators.Cosmos;

namespace ServerlessIm.IntegrationTests.Emulators.Cosmos;

/// <summary>One server and client for a test class; each test makes its own container.</summary>
public sealed class CosmosTestServerFixture : IAsyncLifetime
{
    private Database? _database;

    public CosmosTestServer Server { get; private set; } = null!;

    public CosmosClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await CosmosTestServer.StartAsync();
        Client = Server.CreateClient();
        _database = await Client.CreateDatabaseIfNotExistsAsync("emulators");
    }

    public async Task<Container> CreateContainerAsync()
    {
        var id = $"items-{Guid.NewGuid():N}";
        return await _database!.CreateContainerAsync(id, "/pk");
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
