using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Core;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Regions;
using ServerlessIm.Infrastructure.Composition;

namespace ServerlessIm.IntegrationTests.Storage;

/// <summary>The stores over an endpoint where nothing listens, as when the region's account is down.</summary>
public sealed class UnreachableStoreTests : IAsyncLifetime
{
    private readonly ServiceProvider _services;

    public UnreachableStoreTests()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cosmos:AccountEndpoint"] = $"https://127.0.0.1:{UnusedPort()}/",
            ["Cosmos:Key"] = Convert.ToBase64String(new byte[64]),
            ["Cosmos:AcceptSelfSignedCertificate"] = "true",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection().AddLogging().AddCosmosStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task IsReachableAsync_NothingListening_ReturnsFalse()
    {
        var reachable = await _services.GetRequiredService<IStoreProbe>().IsReachableAsync(default);

        Assert.False(reachable);
    }

    [Fact]
    public async Task GetAsync_NothingListening_ThrowsStoreUnavailableException()
    {
        var conversations = _services.GetRequiredService<IConversationStore>();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => conversations.GetAsync("c1", default));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
