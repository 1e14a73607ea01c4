using Microsoft.Extensions.Hosting;
using ServerlessIm.Local.Faults;

namespace ServerlessIm.Local.Realtime;

/// <summary>Closes the hub's connections when the region is taken down, as a region outage would.</summary>
internal sealed class RegionDownHubCloser(RegionFaults faults, HubConnections connections) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await faults.Changed.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (faults.IsDown)
            {
                connections.AbortAll();
            }
        }
    }
}
