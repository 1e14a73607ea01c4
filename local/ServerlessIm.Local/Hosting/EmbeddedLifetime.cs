using Microsoft.Extensions.Hosting;

namespace ServerlessIm.Local.Hosting;

/// <summary>
/// A region host lives inside a process that owns its signals: the runner stops regions before the Kafka
/// clusters and Cosmos server they use, so a region must not stop itself on Ctrl+C.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
