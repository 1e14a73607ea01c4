using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServerlessIm.IntegrationTests.LocalRunner;
using ServerlessIm.Local.Hosting;
using Xunit.Abstractions;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>
/// The local runner's two regions on free ports, with replication timers short enough for a test: events left
/// unpublished are swept after 3 s, gaps repaired after 2 s, and a publish gives up after 3 s.
/// </summary>
internal sealed class TwoRegionRun : IAsyncDisposable
{
    public const string RegionA = "westeurope";
    public const string RegionB = "southeastasia";

    private TwoRegionRun(LocalDeployment deployment)
    {
        Deployment = deployment;
    }

    public LocalDeployment Deployment { get; }

    public RegionHost A => Deployment[RegionA];

    public RegionHost B => Deployment[RegionB];

    public static async Task<TwoRegionRun> StartAsync(
        ITestOutputHelper output,
        Action<string, IServiceCollection>? configureServices = null)
    {
        var options = new LocalDeploymentOptions
        {
            Regions = [RegionA, RegionB],
            Ports = [0, 0],
            Settings = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Replication:SweepAfter"] = "00:00:03",
                ["Replication:GapRepairAfter"] = "00:00:02",
                ["Kafka:MessageTimeout"] = "00:00:03",
            },
            TimerPeriods = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
            {
                ["SweepOutbox"] = TimeSpan.FromMilliseconds(500),
                ["RepairGaps"] = TimeSpan.FromMilliseconds(500),
                ["PublishHeartbeat"] = TimeSpan.FromSeconds(1),
            },
            ConfigureServices = configureServices,
            ConfigureLogging = (region, logging) => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddFilter("ServerlessIm.Core.Replication.Applier", LogLevel.Error)
                .AddProvider(new TestOutputLoggerProvider(output, region)),
        };

        return new TwoRegionRun(await LocalDeployment.StartAsync(options));
    }

    public ValueTask DisposeAsync() => Deployment.DisposeAsync();
}
