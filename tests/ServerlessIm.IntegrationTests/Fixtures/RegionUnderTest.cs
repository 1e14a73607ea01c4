using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Replication;
using ServerlessIm.Functions;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Infrastructure.Storage;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>
/// One region as the Function App wires it, over a fresh Cosmos database, with the function classes called
/// directly. The region is the home of everything it creates, so nothing leaves it: replication events and
/// pushes go to mocks.
/// </summary>
public sealed class RegionUnderTest : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _signingKey;

    private RegionUnderTest(ServiceProvider services, string signingKey)
    {
        _services = services;
        _signingKey = signingKey;
    }

    public Mock<IEventPublisher> Publisher { get; } = new();

    public Mock<IRealtimeNotifier> Notifier { get; } = new();

    public IServiceProvider Services => _services;

    public static async Task<RegionUnderTest> StartAsync(CosmosServerFixture cosmos)
    {
        var signingKey = DevelopmentTokens.GenerateKey();
        var settings = new Dictionary<string, string?>(cosmos.NewDatabaseSettings())
        {
            ["ServerlessIm:Region"] = Samples.Region,
            ["ServerlessIm:PeerRegion"] = Samples.PeerRegion,
            ["Auth:DevelopmentSigningKey"] = signingKey,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection().AddLogging().AddServerlessImFunctions(configuration);
        RegionUnderTest? region = null;
        services.Replace(ServiceDescriptor.Singleton(_ => region!.Publisher.Object));
        services.Replace(ServiceDescriptor.Singleton(_ => region!.Notifier.Object));
        region = new RegionUnderTest(services.BuildServiceProvider(), signingKey);

        await region._services.GetRequiredService<CosmosContainers>().EnsureCreatedAsync();
        return region;
    }

    /// <summary>A valid bearer token of <paramref name="userId"/>.</summary>
    public string TokenFor(string userId) => Tokens(TimeProvider.System).Issue(userId);

    /// <summary>A token of <paramref name="userId"/> that expired an hour ago.</summary>
    public string ExpiredTokenFor(string userId) =>
        Tokens(new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2))).Issue(userId, TimeSpan.FromHours(1));

    /// <summary>A token of <paramref name="userId"/> signed with a key this region does not know.</summary>
    public string ForgedTokenFor(string userId) =>
        new DevelopmentTokens(DevelopmentTokens.GenerateKey(), Audience, TimeProvider.System).Issue(userId);

    /// <summary>A function class, built the way the Functions host builds it.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private string Audience => _services.GetRequiredService<AuthOptions>().Audience;

    private DevelopmentTokens Tokens(TimeProvider clock) => new(_signingKey, Audience, clock);
}
