using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.Infrastructure.Composition;

/// <summary>
/// Replication through Kafka: the producer of this region's topic and the client of the peer's sync API.
/// </summary>
public static class ReplicationComposition
{
    public static IServiceCollection AddKafkaReplication(this IServiceCollection services, IConfiguration configuration)
    {
        var kafka = new KafkaOptions();
        configuration.GetSection(KafkaOptions.SectionName).Bind(kafka);
        services.TryAddSingleton(kafka);

        // Built on first use, so a process that never publishes needs no Kafka settings.
        services.TryAddSingleton<IEventPublisher>(static sp =>
        {
            var options = sp.GetRequiredService<KafkaOptions>();
            var credential = options.Authentication == KafkaAuthentication.ManagedIdentity
                ? new DefaultAzureCredential()
                : null;
            return new KafkaEventPublisher(options, sp.GetRequiredService<ILogger<KafkaEventPublisher>>(), credential);
        });

        services.TryAddSingleton<IPeerAccessToken>(static sp =>
        {
            var auth = sp.GetRequiredService<AuthOptions>();
            return auth.Authority is null && !string.IsNullOrEmpty(auth.DevelopmentSigningKey)
                ? new DevelopmentPeerAccessToken(
                    auth, sp.GetRequiredService<RegionOptions>(), sp.GetRequiredService<TimeProvider>())
                : new ManagedIdentityPeerAccessToken(new DefaultAzureCredential(), auth);
        });

        // The gap repairer is a singleton that keeps its client; connections are recycled by the pool's
        // lifetime instead of by handler rotation, so DNS changes still reach it.
        services.AddHttpClient<IPeerHistory, PeerHistoryClient>()
            .UseSocketsHttpHandler(static (handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler();

        return services;
    }
}
