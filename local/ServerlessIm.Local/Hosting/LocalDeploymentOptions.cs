using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServerlessIm.Local.Hosting;

/// <summary>How the local runner's two regions are set up.</summary>
public sealed class LocalDeploymentOptions
{
    /// <summary>The two regions' names; each consumes the other's topic.</summary>
    public IReadOnlyList<string> Regions { get; init; } = ["westeurope", "southeastasia"];

    /// <summary>The regions' loopback ports, in the order of <see cref="Regions"/>; 0 takes free ports.</summary>
    public IReadOnlyList<int> Ports { get; init; } = [7071, 7072];

    /// <summary>Partitions of each region's topic.</summary>
    public int Partitions { get; init; } = 4;

    /// <summary>App settings for every region, over the derived ones (e.g. <c>Replication:SweepAfter</c>).</summary>
    public IDictionary<string, string?> Settings { get; init; } =
        new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Fixed periods by timer function name, replacing their cron schedules in every region.</summary>
    public IDictionary<string, TimeSpan> TimerPeriods { get; init; } =
        new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>Runs for each region, by name, after its services are registered.</summary>
    public Action<string, IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Replaces each region's default console logging.</summary>
    public Action<string, ILoggingBuilder>? ConfigureLogging { get; init; }
}
