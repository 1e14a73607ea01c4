using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.Infrastructure.Composition;

/// <summary>
/// Real-time delivery through Azure SignalR Service in serverless mode: pushes over its REST API from a
/// background queue, client tokens for negotiate, and the settings the upstream function verifies with.
/// </summary>
public static class RealtimeComposition
{
    /// <summary>Retry and timeout settings of the REST client, e.g. <c>SignalR__Resilience__Retry__Delay</c>.</summary>
    public const string ResilienceSection = SignalROptions.SectionName + ":Resilience";

    public static IServiceCollection AddSignalRRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SignalROptions();
        configuration.GetSection(SignalROptions.SectionName).Bind(options);
        services.AddSingleton(options);

        services.AddSingleton(static sp => new RealtimeMetrics(sp.GetRequiredService<RegionOptions>().Region));
        services.AddSingleton<SignalRRestNotifier>();

        // A host that registered its own notifier first keeps it, and needs no push loop.
        if (!services.Any(static d => d.ServiceType == typeof(IRealtimeNotifier)))
        {
            services.AddSingleton<IRealtimeNotifier>(static sp => sp.GetRequiredService<SignalRRestNotifier>());
            services.AddHostedService<RealtimePushLoop>();
        }

        // Endpoint checks happen when the service is first used, so a host that swaps the notifier needs none.
        services.AddSingleton<SignalRUrls>();
        services.AddSingleton<AccessKeyTokens>();
        services.AddSingleton(static sp => RestApiCredential(sp));
        services.AddTransient<RestApiAuthorizationHandler>();
        services.AddTransient<ClientNegotiator>();

        var http = services.AddHttpClient<SignalRRestClient>()
            .UseSocketsHttpHandler(static (handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        var resilience = http.AddStandardResilienceHandler(ConfigureResilience);
        if (configuration.GetSection(ResilienceSection) is { } tuned && tuned.Exists())
        {
            resilience.Configure(tuned);
        }

        http.AddHttpMessageHandler<RestApiAuthorizationHandler>();

        return services;
    }

    /// <summary>
    /// Replaces the SignalR Service push with another notifier, such as a host's own SignalR hub, and stops
    /// the REST push loop; call it after <see cref="AddSignalRRealtime"/>. Negotiate and upstream stay
    /// registered.
    /// </summary>
    public static IServiceCollection UseRealtimeNotifier<TNotifier>(this IServiceCollection services)
        where TNotifier : class, IRealtimeNotifier =>
        services.UseRealtimeNotifier(static sp => ActivatorUtilities.GetServiceOrCreateInstance<TNotifier>(sp));

    /// <inheritdoc cref="UseRealtimeNotifier{TNotifier}(IServiceCollection)"/>
    public static IServiceCollection UseRealtimeNotifier(
        this IServiceCollection services,
        Func<IServiceProvider, IRealtimeNotifier> notifier)
    {
        services.RemoveAll<IRealtimeNotifier>();
        services.RemoveImplementation(typeof(IHostedService), typeof(RealtimePushLoop));
        services.AddSingleton(notifier);
        return services;
    }

    private static IRestApiCredential RestApiCredential(IServiceProvider services)
    {
        if (!services.GetRequiredService<SignalROptions>().UsesManagedIdentity)
        {
            return new AccessKeyRestApiCredential(services.GetRequiredService<AccessKeyTokens>());
        }

        var credential = services.GetService<TokenCredential>() ?? new DefaultAzureCredential();
        return new EntraRestApiCredential(credential, services.GetRequiredService<TimeProvider>());
    }

    private static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
    }

    private static void RemoveImplementation(
        this IServiceCollection services,
        Type serviceType,
        Type implementationType)
    {
        var registered = services
            .Where(d => d.ServiceType == serviceType && d.ImplementationType == implementationType)
            .ToList();
        foreach (var descriptor in registered)
        {
            services.Remove(descriptor);
        }
    }
}
