using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.IntegrationTests.Fixtures;

/// <summary>A conversation log that counts the head advances another writer won first.</summary>
internal sealed class RaceCountingLog(IConversationLog inner) : IConversationLog
{
    private int _racesLost;

    public int RacesLost => Volatile.Read(ref _racesLost);

    public async Task<bool> TryAdvanceHeadAsync(ConversationHead head, CancellationToken cancellationToken)
    {
        var advanced = await inner.TryAdvanceHeadAsync(head, cancellationToken);
        if (!advanced)
        {
            Interlocked.Increment(ref _racesLost);
        }

        return advanced;
    }

    public Task<ConversationHead?> ReadHeadAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.ReadHeadAsync(conversationId, cancellationToken);

    public Task StoreMessageAsync(Message message, bool awaitingPublish, CancellationToken cancellationToken) =>
        inner.StoreMessageAsync(message, awaitingPublish, cancellationToken);

    public Task<Message?> FindByClientMessageIdAsync(
        string conversationId,
        string senderId,
        string clientMessageId,
        CancellationToken cancellationToken) =>
        inner.FindByClientMessageIdAsync(conversationId, senderId, clientMessageId, cancellationToken);

    public Task<IReadOnlyList<Message>> ReadMessagesAsync(
        string conversationId,
        long afterSeq,
        int limit,
        CancellationToken cancellationToken) =>
        inner.ReadMessagesAsync(conversationId, afterSeq, limit, cancellationToken);

    public Task<IReadOnlyList<Message>> ListUnpublishedAsync(
        DateTimeOffset olderThan,
        int limit,
        CancellationToken cancellationToken) =>
        inner.ListUnpublishedAsync(olderThan, limit, cancellationToken);

    public Task MarkPublishedAsync(Message message, CancellationToken cancellationToken) =>
        inner.MarkPublishedAsync(message, cancellationToken);
}
