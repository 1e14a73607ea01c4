using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Infrastructure.Composition;
using ServerlessIm.Infrastructure.Storage;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>The Cosmos stores of one region, over a fresh database, wired by <c>AddCosmosStorage</c>.</summary>
public sealed class StoresUnderTest : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoresUnderTest(ServiceProvider services) => _services = services;

    public FakeTimeProvider Clock => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();

    public IConversationStore Conversations => _services.GetRequiredService<IConversationStore>();

    public IConversationLog Log => _services.GetRequiredService<IConversationLog>();

    public ISubmissionStore Submissions => _services.GetRequiredService<ISubmissionStore>();

    public IParkingLot Parking => _services.GetRequiredService<IParkingLot>();

    public IStoreProbe Probe => _services.GetRequiredService<IStoreProbe>();

    public CosmosContainers Containers => _services.GetRequiredService<CosmosContainers>();

    public static async Task<StoresUnderTest> CreateAsync(CosmosServerFixture cosmos)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(cosmos.NewDatabaseSettings()).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)))
            .AddCosmosStorage(configuration)
            .BuildServiceProvider();

        await services.GetRequiredService<CosmosContainers>().EnsureCreatedAsync();
        return new StoresUnderTest(services);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
