namespace ServerlessIm.Core.Replication;

/// <summary>This region's topic. Throws when the event could not be made durable.</summary>
public interface IEventPublisher
{
    Task PublishAsync(ReplicationEvent replicationEvent, CancellationToken cancellationToken);
}
