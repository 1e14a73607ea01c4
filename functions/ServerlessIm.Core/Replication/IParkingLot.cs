using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Replication;

/// <summary>Sequenced messages that arrived before their predecessor, waiting for the gap to close.</summary>
public interface IParkingLot
{
    Task ParkAsync(Message message, DateTimeOffset parkedAt, CancellationToken cancellationToken);

    Task<Message?> FindAsync(string conversationId, long seq, CancellationToken cancellationToken);

    Task RemoveAsync(string conversationId, long seq, CancellationToken cancellationToken);

    /// <summary>For each conversation with a message parked before the cutoff, its lowest parked seq.</summary>
    Task<IReadOnlyList<ParkedGap>> ListOverdueAsync(DateTimeOffset parkedBefore, CancellationToken cancellationToken);
}
