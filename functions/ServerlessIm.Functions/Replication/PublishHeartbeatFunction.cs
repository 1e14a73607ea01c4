using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.Functions.Replication;

/// <summary>Tells the peers this region is alive; its absence is what an automatic takeover waits for.</summary>
public sealed partial class PublishHeartbeatFunction(
    IEventPublisher publisher,
    RegionOptions region,
    TimeProvider clock,
    ILogger<PublishHeartbeatFunction> logger)
{
    private static readonly string Version =
        typeof(PublishHeartbeatFunction).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";

    [Function("PublishHeartbeat")]
    public async Task RunAsync(
        [TimerTrigger(ReplicationSchedules.Heartbeat)] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var beat = ReplicationEvent.Beat(new RegionHeartbeat(region.Region, now, Version), now);

        try
        {
            await publisher.PublishAsync(beat, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHeartbeatFailed(ex, region.Region);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Heartbeat of {Region} not published; if Kafka stays unreachable, peers may take over")]
    private partial void LogHeartbeatFailed(Exception exception, string region);
}
