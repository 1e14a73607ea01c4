using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerlessIm.Core.Realtime;
using ServerlessIm.Core.Regions;
using ServerlessIm.Infrastructure.Composition;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.IntegrationTests.Realtime;

/// <summary>
/// A host with the realtime composition as the app wires it, pointed at a stand-in service, with short
/// retry delays and at most <see cref="Attempts"/> attempts per push.
/// </summary>
internal sealed class PushHost : IAsyncDisposable
{
    public const int Attempts = 3;

    private readonly IHost _host;

    private PushHost(IHost host, string accessKey)
    {
        _host = host;
        AccessKey = accessKey;
    }

    public string AccessKey { get; }

    public IRealtimeNotifier Notifier => _host.Services.GetRequiredService<IRealtimeNotifier>();

    public RealtimeMetrics Metrics => _host.Services.GetRequiredService<RealtimeMetrics>();

    public static async Task<PushHost> StartAsync(Uri serviceEndpoint)
    {
        var accessKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SignalR:Endpoint"] = serviceEndpoint.AbsoluteUri,
            ["SignalR:AccessKey"] = accessKey,
            ["SignalR:Resilience:Retry:MaxRetryAttempts"] = (Attempts - 1).ToString(),
            ["SignalR:Resilience:Retry:Delay"] = "00:00:00.010",
            ["SignalR:Resilience:AttemptTimeout:Timeout"] = "00:00:02",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new RegionOptions { Region = MoqRegion.RegionName });
        builder.Services.AddSignalRRealtime(builder.Configuration);

        var host = builder.Build();
        await host.StartAsync();
        return new PushHost(host, accessKey);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
