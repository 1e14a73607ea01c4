using ServerlessIm.Core.Messages;

namespace ServerlessIm.Core.Sequencing;

/// <summary>
/// A region's stored history of each conversation. Every method is one single-document operation,
/// conditional where it says so, and safe to repeat.
/// </summary>
public interface IConversationLog
{
    Task<ConversationHead?> ReadHeadAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="head"/> if the stored head still has the ETag <paramref name="head"/> carries
    /// (or, for a head never stored, if none exists yet).
    /// </summary>
    /// <returns><c>false</c> when another writer moved the head first.</returns>
    Task<bool> TryAdvanceHeadAsync(ConversationHead head, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the message at its seq and indexes its client message id, unless already stored.
    /// </summary>
    /// <param name="awaitingPublish">Whether this region still owes the replication event for it.</param>
    Task StoreMessageAsync(Message message, bool awaitingPublish, CancellationToken cancellationToken);

    Task<Message?> FindByClientMessageIdAsync(
        string conversationId,
        string senderId,
        string clientMessageId,
        CancellationToken cancellationToken);

    /// <summary>Messages with seq above <paramref name="afterSeq"/>, in seq order.</summary>
    Task<IReadOnlyList<Message>> ReadMessagesAsync(
        string conversationId,
        long afterSeq,
        int limit,
        CancellationToken cancellationToken);

    /// <summary>Messages this region sequenced whose replication event has not been published yet.</summary>
    Task<IReadOnlyList<Message>> ListUnpublishedAsync(
        DateTimeOffset olderThan,
        int limit,
        CancellationToken cancellationToken);

    Task MarkPublishedAsync(Message message, CancellationToken cancellationToken);
}
