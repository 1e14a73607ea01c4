using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Infrastructure.Storage;

namespace ServerlessIm.Infrastructure.Composition;

/// <summary>The region's stores on its Cosmos DB account, configured by the <c>Cosmos</c> section.</summary>
public static class StorageComposition
{
    /// <summary>
    /// Registers one <see cref="CosmosClient"/> (disposed with the container), <see cref="CosmosContainers"/>
    /// and the Cosmos implementations of the store ports. Stores registered earlier are kept, so a host may
    /// substitute its own. The configuration is checked when the client is first resolved.
    /// </summary>
    public static IServiceCollection AddCosmosStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new CosmosOptions();
        configuration.GetSection(CosmosOptions.SectionName).Bind(options);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options);
        services.TryAddSingleton(static sp => CosmosClientFactory.Create(sp.GetRequiredService<CosmosOptions>()));
        services.TryAddSingleton<CosmosContainers>();
        services.TryAddSingleton<IConversationStore, CosmosConversationStore>();
        services.TryAddSingleton<IConversationLog, CosmosConversationLog>();
        services.TryAddSingleton<ISubmissionStore, CosmosSubmissionStore>();
        services.TryAddSingleton<IParkingLot, CosmosParkingLot>();
        services.TryAddSingleton<IStoreProbe, CosmosStoreProbe>();
        return services;
    }
}
