using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerlessIm.Core.Replication;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Local.Faults;
using ServerlessIm.Local.Realtime;
using ServerlessIm.Local.Triggers;
using ServerlessIm.Local.Triggers.Http;
using ServerlessIm.Local.Triggers.Kafka;

namespace ServerlessIm.Local.Hosting;

/// <summary>
/// One region of the product on this machine: an ASP.NET Core app on a loopback port that calls the Function
/// App's own function classes behind their routes, runs its Kafka and timer triggers, and hosts the local hub.
/// </summary>
public sealed class RegionHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private RegionHost(WebApplication app, string region, Uri baseUrl, IReadOnlyList<string> routes)
    {
        _app = app;
        Region = region;
        BaseUrl = baseUrl;
        Routes = routes;
    }

    public string Region { get; }

    /// <summary><c>http://127.0.0.1:port/</c>; the API is under <c>api/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The local SignalR hub; clients normally find it through <c>POST /api/negotiate</c>.</summary>
    public Uri HubUrl => new(BaseUrl, LocalHub.Path.TrimStart('/'));

    /// <summary>The HTTP functions served, as <c>METHOD /api/route</c>.</summary>
    public IReadOnlyList<string> Routes { get; }

    /// <summary>The region's services: the same singletons its functions use.</summary>
    public IServiceProvider Services => _app.Services;

    public RegionFaults Faults => Services.GetRequiredService<RegionFaults>();

    /// <summary>What this region's applier has done with the peer's events.</summary>
    public ReplicationSnapshot Replication => Services.GetRequiredService<ReplicationMetrics>().Snapshot();

    /// <summary>What this region's Kafka trigger has delivered, retried and been given again.</summary>
    public KafkaTriggerStatistics Trigger =>
        Services.GetServices<KafkaTriggerLoop>()
            .Aggregate(KafkaTriggerStatistics.None, static (sum, loop) => sum + loop.Statistics);

    public static async Task<RegionHost> StartAsync(
        RegionHostOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(RegionHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development,
        });

        // Only the region's own settings: the process may host several regions, and its environment is nobody's.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(RegionSettings.For(options));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Logging.ClearProviders();
        if (options.ConfigureLogging is { } configureLogging)
        {
            configureLogging(builder.Logging);
        }
        else
        {
            builder.Logging.AddRegionConsole(options.Region);
        }

        var functions = FunctionCatalog.Discover(options.FunctionAssemblies);
        builder.Services.AddLocalRegion(builder.Configuration, options, functions);

        var app = builder.Build();
        try
        {
            var routes = app.MapLocalRegion(functions, options.Faults, options.Faults.For(options.Region));
            await RegionStorage.EnsureCreatedAsync(app.Services, cancellationToken);
            await app.StartAsync(cancellationToken);
            var address = app.Urls.Single().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
            var served = routes.Select(static r => r.ToString()).ToList();
            return new RegionHost(app, options.Region, new Uri(address + "/"), served);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>A development token for <paramref name="userId"/>, valid in every region of the run.</summary>
    public string IssueToken(string userId) => Services.GetRequiredService<DevelopmentTokens>().Issue(userId);

    /// <summary>An HTTP client for this region, signed in as <paramref name="userId"/> when one is given.</summary>
    public HttpClient CreateClient(string? userId = null)
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        if (userId is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IssueToken(userId));
        }

        return client;
    }

    /// <summary>Stops the triggers, timers and listener; in-flight requests finish first.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync();

        // Disposing the services closes the region's Kafka producer, before its cluster goes.
        await _app.DisposeAsync();
    }

    public override string ToString() => $"{Region} {BaseUrl}";
}
