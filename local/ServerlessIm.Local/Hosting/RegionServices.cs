using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServerlessIm.Functions;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Local.ChatPage;
using ServerlessIm.Local.Faults;
using ServerlessIm.Local.Realtime;
using ServerlessIm.Local.Triggers;
using ServerlessIm.Local.Triggers.Kafka;
using ServerlessIm.Local.Triggers.Timers;

namespace ServerlessIm.Local.Hosting;

/// <summary>
/// A local region's services: the Function App's own composition, then what the Functions host and Azure
/// provide around it (MVC result execution, the Kafka and timer triggers, the hub in place of SignalR Service).
/// </summary>
internal static class RegionServices
{
    public static IServiceCollection AddLocalRegion(
        this IServiceCollection services,
        IConfiguration configuration,
        RegionHostOptions options,
        IReadOnlyList<FunctionMethod> functions)
    {
        services.AddServerlessImFunctions(configuration);
        services.AddMvcCore();

        var auth = new AuthOptions();
        configuration.GetSection(AuthOptions.SectionName).Bind(auth);
        services.AddSingleton(sp => new DevelopmentTokens(
            auth.DevelopmentSigningKey!, auth.Audience, sp.GetRequiredService<TimeProvider>()));
        services.AddLocalRealtime(auth);
        services.AddChatPage();

        var faults = options.Faults.For(options.Region);
        services.AddSingleton(options.Faults);
        services.AddSingleton(faults);
        AddKafkaTriggers(services, configuration, functions, faults);
        AddTimers(services, configuration, options, functions, faults);

        options.ConfigureServices?.Invoke(services);
        return services;
    }

    private static void AddKafkaTriggers(
        IServiceCollection services,
        IConfiguration configuration,
        IReadOnlyList<FunctionMethod> functions,
        RegionFaults faults)
    {
        foreach (var function in functions.Where(static f => f.HasTrigger(KafkaTriggerSettings.AttributeName)))
        {
            var settings = KafkaTriggerSettings.From(function, configuration);
            services.AddSingleton(sp => new KafkaTriggerLoop(
                function, settings, sp, faults, sp.GetRequiredService<ILogger<KafkaTriggerLoop>>()));

            // The host runs the same instance that RegionHost reads statistics from.
            services.AddSingleton<IHostedService>(sp =>
                sp.GetServices<KafkaTriggerLoop>().Single(loop => loop.FunctionName == function.Name));
        }
    }

    private static void AddTimers(
        IServiceCollection services,
        IConfiguration configuration,
        RegionHostOptions options,
        IReadOnlyList<FunctionMethod> functions,
        RegionFaults faults)
    {
        foreach (var function in functions.Where(static f => f.Trigger is TimerTriggerAttribute))
        {
            var trigger = (TimerTriggerAttribute)function.Trigger;
            var schedule = options.TimerPeriods.TryGetValue(function.Name, out var period)
                ? TimerSchedule.Every(period)
                : TimerSchedule.Parse(BindingExpressions.Resolve(configuration, trigger.Schedule)!);
            services.AddSingleton<IHostedService>(sp => new TimerLoop(
                function,
                schedule,
                sp,
                faults,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<TimerLoop>>()));
        }
    }
}
