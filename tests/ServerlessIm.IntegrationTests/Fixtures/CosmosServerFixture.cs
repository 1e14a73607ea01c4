using ServerlessIm.Local.Emulators.Cosmos;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>One Cosmos test server for a collection of test classes; each test makes its own database.</summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    public CosmosTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await CosmosTestServer.StartAsync();

    /// <summary>The <c>Cosmos</c> settings of a region whose data lives in a database of its own.</summary>
    public IReadOnlyDictionary<string, string?> NewDatabaseSettings() => new Dictionary<string, string?>
    {
        ["Cosmos:AccountEndpoint"] = Server.Endpoint.ToString(),
        ["Cosmos:Key"] = Server.Key,
        ["Cosmos:Database"] = $"db-{Guid.NewGuid():N}",
        ["Cosmos:AcceptSelfSignedCertificate"] = "true",
    };

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
