using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Regions;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>Reads the messages container's metadata to tell whether the region's Cosmos account answers.</summary>
internal sealed partial class CosmosStoreProbe(CosmosContainers containers, ILogger<CosmosStoreProbe> logger)
    : IStoreProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await containers.Messages.ReadContainerAsync(cancellationToken: deadline.Token);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure means unreachable to a client deciding where to send; the log keeps the cause.
            LogUnreachable(ex);
            return false;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The region's Cosmos DB account did not answer the health probe")]
    private partial void LogUnreachable(Exception exception);
}
