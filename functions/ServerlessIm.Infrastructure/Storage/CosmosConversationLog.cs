using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Sequencing;
using ServerlessIm.Infrastructure.Storage.Documents;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>
/// Each conversation's head, messages and client-id index, in the conversation's partition of the
/// <c>messages</c> container.
/// </summary>
internal sealed partial class CosmosConversationLog(
    CosmosContainers containers,
    TimeProvider clock,
    ILogger<CosmosConversationLog> logger) : IConversationLog
{
    private readonly CosmosDocuments _messages = new(containers.Messages, logger);
    private readonly RecentlyStored _recentlyStored = new();

    public async Task<ConversationHead?> ReadHeadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await _messages.ReadAsync<HeadDocument>(DocumentIds.Head, conversationId, cancellationToken);
        if (stored is not { Document: var head })
        {
            return null;
        }

        return new ConversationHead(
            conversationId,
            head.Seq,
            head.Epoch,
            new Dictionary<string, long>(head.Devices, StringComparer.Ordinal),
            head.Tail?.ToMessage(conversationId),
            stored.ETag);
    }

    /// <remarks>
    /// Limitation: the head keeps the last deviceSeq of every device that ever sent to the conversation, so a
    /// conversation reached by some tens of thousands of devices fills the 2 MB document and refuses new sends.
    /// </remarks>
    public async Task<bool> TryAdvanceHeadAsync(ConversationHead head, CancellationToken cancellationToken)
    {
        var document = new HeadDocument(
            DocumentIds.Head,
            DocumentTypes.Head,
            head.ConversationId,
            head.Seq,
            head.Epoch,
            new Dictionary<string, long>(head.Devices, StringComparer.Ordinal),
            head.Tail is { } tail ? MessageData.From(tail) : null);

        var advanced = head.ETag is null
            ? await _messages.TryCreateAsync(document, head.ConversationId, cancellationToken)
            : await _messages.TryReplaceAsync(
                document, DocumentIds.Head, head.ConversationId, head.ETag, cancellationToken);

        if (!advanced)
        {
            LogHeadMovedFirst(head.ConversationId, head.Seq);
        }

        return advanced;
    }

    /// <remarks>
    /// The message is written before its index entry: an entry therefore always points at a stored message,
    /// and a crash between the two leaves the tail in the head, whose next reader stores both again.
    /// </remarks>
    public async Task StoreMessageAsync(Message message, bool awaitingPublish, CancellationToken cancellationToken)
    {
        if (_recentlyStored.Contains(message.ConversationId, message.Seq))
        {
            return;
        }

        var document = new MessageDocument(
            DocumentIds.Message(message.Seq),
            DocumentTypes.Message,
            message.ConversationId,
            message.Seq,
            Published: !awaitingPublish,
            clock.GetUtcNow().ToUnixTimeMilliseconds(),
            MessageData.From(message));
        await _messages.TryCreateAsync(document, message.ConversationId, cancellationToken);

        var index = new ClientIdDocument(
            DocumentIds.ClientId(message.SenderId, message.ClientMessageId),
            DocumentTypes.ClientId,
            message.ConversationId,
            message.SenderId,
            message.ClientMessageId,
            message.Seq);
        await _messages.TryCreateAsync(index, message.ConversationId, cancellationToken);
        _recentlyStored.Add(message.ConversationId, message.Seq);
    }

    public async Task<Message?> FindByClientMessageIdAsync(
        string conversationId,
        string senderId,
        string clientMessageId,
        CancellationToken cancellationToken)
    {
        var index = await _messages.ReadAsync<ClientIdDocument>(
            DocumentIds.ClientId(senderId, clientMessageId), conversationId, cancellationToken);
        if (index is null)
        {
            return null;
        }

        var stored = await _messages.ReadAsync<MessageDocument>(
            DocumentIds.Message(index.Document.Seq), conversationId, cancellationToken);
        return stored?.Document.Message.ToMessage(conversationId);
    }

    /// <remarks>
    /// Seqs have no holes, so the page is the range (after, after + limit]: a range filter that needs no
    /// ORDER BY. The page stops at the first missing seq, which is still being stored.
    /// </remarks>
    public async Task<IReadOnlyList<Message>> ReadMessagesAsync(
        string conversationId,
        long afterSeq,
        int limit,
        CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.type = @type AND c.seq > @after AND c.seq <= @last")
            .WithParameter("@type", DocumentTypes.Message)
            .WithParameter("@after", afterSeq)
            .WithParameter("@last", afterSeq + limit);
        var found = await _messages.QueryAsync<MessageDocument>(query, conversationId, limit, cancellationToken);

        var page = new List<Message>(found.Count);
        foreach (var document in found.OrderBy(static d => d.Seq))
        {
            if (document.Seq != afterSeq + page.Count + 1)
            {
                break;
            }

            page.Add(document.Message.ToMessage(conversationId));
        }

        return page;
    }

    /// <remarks>
    /// Limitation: the outbox query crosses every partition of the container, so a sweep costs more request
    /// units as the account grows; it runs on a timer and only reads the few unpublished documents.
    /// </remarks>
    public async Task<IReadOnlyList<Message>> ListUnpublishedAsync(
        DateTimeOffset olderThan,
        int limit,
        CancellationToken cancellationToken)
    {
        var query = Outbox.Query(DocumentTypes.Message, olderThan);
        var found = await _messages.QueryAsync<MessageDocument>(query, partitionKey: null, limit, cancellationToken);
        return found.Select(static d => d.Message.ToMessage(d.ConversationId)).ToList();
    }

    public async Task MarkPublishedAsync(Message message, CancellationToken cancellationToken)
    {
        var marked = await _messages.TryPatchAsync(
            DocumentIds.Message(message.Seq), message.ConversationId, Outbox.MarkPublished, cancellationToken);
        if (!marked)
        {
            LogNothingToMark(message.ConversationId, message.Seq);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Head of {ConversationId} moved before seq {Seq} was stored")]
    private partial void LogHeadMovedFirst(string conversationId, long seq);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Published {ConversationId} seq {Seq}, but no stored message carries that seq")]
    private partial void LogNothingToMark(string conversationId, long seq);
}
