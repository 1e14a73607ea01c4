using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Replication;

/// <summary>The sync API of the region that sequenced a conversation, read to repair a replication gap.</summary>
public interface IPeerHistory
{
    Task<IReadOnlyList<Message>> ReadAsync(
        string region,
        string conversationId,
        long afterSeq,
        int limit,
        CancellationToken cancellationToken);
}
