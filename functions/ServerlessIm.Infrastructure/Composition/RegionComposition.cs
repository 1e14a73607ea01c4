using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.Infrastructure.Composition;

/// <summary>
/// Everything one region needs, wired from configuration; the Function App and the local runner share it.
/// </summary>
public static class RegionComposition
{
    public static IServiceCollection AddServerlessImRegion(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(Bind<RegionOptions>(configuration, RegionOptions.SectionName, Validate));
        services.AddSingleton(Bind<ReplicationOptions>(configuration, ReplicationOptions.SectionName, static _ => { }));
        services.AddSingleton(Bind<AuthOptions>(configuration, AuthOptions.SectionName, static _ => { }));

        services.AddSingleton<StripedGate>();
        services.AddSingleton(static sp => new ReplicationMetrics(sp.GetRequiredService<RegionOptions>().Region));
        services.AddSingleton<PeerRegions>();
        services.AddSingleton<Sequencer>();
        services.AddSingleton<Applier>();
        services.AddSingleton<GapRepairer>();
        services.AddSingleton<SendService>();
        services.AddSingleton<ConversationService>();
        services.AddSingleton<ForwardedSubmissions>();
        services.AddSingleton<ReplicationReceiver>();
        services.AddSingleton<Sweeper>();
        services.TryAddSingleton<ITokenValidator, JwtTokenValidator>();
        services.AddCosmosStorage(configuration);
        services.AddKafkaReplication(configuration);
        services.AddSignalRRealtime(configuration);

        return services;
    }

    private static T Bind<T>(IConfiguration configuration, string section, Action<T> validate)
        where T : class, new()
    {
        var options = new T();
        configuration.GetSection(section).Bind(options);
        validate(options);
        return options;
    }

    private static void Validate(RegionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Region))
        {
            throw new OptionsValidationException(
                RegionOptions.SectionName,
                typeof(RegionOptions),
                ["Set ServerlessIm:Region (app setting ServerlessIm__Region) to this region's name."]);
        }
    }
}
