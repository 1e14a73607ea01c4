using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Infrastructure.Composition;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.UnitTests.Realtime;

public sealed class RealtimeCompositionTests
{
    [Fact]
    public void AddSignalRRealtime_WithoutEndpoint_StillGivesTheQueueingNotifier()
    {
        using var services = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        var notifier = services.GetRequiredService<IRealtimeNotifier>();

        Assert.IsType<SignalRRestNotifier>(notifier);
    }

    [Fact]
    public void AddSignalRRealtime_WithoutEndpoint_RefusesRestCallsNamingTheSetting()
    {
        using var services = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(services.GetRequiredService<SignalRUrls>);

        Assert.Contains("SignalR__Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("key", null, false)]
    [InlineData("key", "true", true)]
    [InlineData(null, "false", false)]
    public void AddSignalRRealtime_Settings_ChooseEntraOrAccessKey(string? key, string? managed, bool usesEntra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["SignalR:Endpoint"] = "https://example.service.signalr.net",
            ["SignalR:AccessKey"] = key,
            ["SignalR:UseManagedIdentity"] = managed,
        };
        using var services = Services(settings).BuildServiceProvider();

        var credential = services.GetRequiredService<IRestApiCredential>();

        Assert.Equal(usesEntra, credential is EntraRestApiCredential);
    }

    [Fact]
    public void UseRealtimeNotifier_ReplacesNotifierAndStopsThePushLoop()
    {
        var collection = Services(new Dictionary<string, string?>());
        var hubNotifier = new Mock<IRealtimeNotifier>().Object;

        collection.UseRealtimeNotifier(_ => hubNotifier);

        using var services = collection.BuildServiceProvider();
        Assert.Same(hubNotifier, services.GetRequiredService<IRealtimeNotifier>());
        Assert.DoesNotContain(services.GetServices<IHostedService>(), static s => s is RealtimePushLoop);
    }

    [Fact]
    public void AddSignalRRealtime_NotifierRegisteredBefore_KeepsItWithoutPushLoop()
    {
        var hubNotifier = new Mock<IRealtimeNotifier>().Object;
        var collection = new ServiceCollection();
        collection.AddSingleton(hubNotifier);

        collection.AddSignalRRealtime(new ConfigurationBuilder().Build());

        using var services = collection.BuildServiceProvider();
        Assert.Same(hubNotifier, services.GetRequiredService<IRealtimeNotifier>());
        Assert.DoesNotContain(collection, static d => d.ImplementationType == typeof(RealtimePushLoop));
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new RegionOptions { Region = "region-a" });
        services.AddSignalRRealtime(configuration);
        return services;
    }
}
