using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.Infrastructure.Storage.Documents;

namespace ServerlessIm.Infrastructure.Storage;

/// <summary>Parked messages, one per seq, in the conversation's partition of the <c>messages</c> container.</summary>
internal sealed class CosmosParkingLot(CosmosContainers containers, ILogger<CosmosParkingLot> logger) : IParkingLot
{
    private readonly CosmosDocuments _messages = new(containers.Messages, logger);

    /// <remarks>A message of a higher epoch replaces one parked at the same seq by an older sequencer.</remarks>
    public Task ParkAsync(Message message, DateTimeOffset parkedAt, CancellationToken cancellationToken)
    {
        var document = new ParkedDocument(
            DocumentIds.Parked(message.Seq),
            DocumentTypes.Parked,
            message.ConversationId,
            message.Seq,
            parkedAt.ToUnixTimeMilliseconds(),
            MessageData.From(message));

        return _messages.UpdateAsync<ParkedDocument>(
            document.Id,
            message.ConversationId,
            message.ConversationId,
            stored => stored is null || stored.Message.Epoch < message.Epoch ? document : null,
            cancellationToken);
    }

    public async Task<Message?> FindAsync(string conversationId, long seq, CancellationToken cancellationToken)
    {
        var stored = await _messages.ReadAsync<ParkedDocument>(
            DocumentIds.Parked(seq), conversationId, cancellationToken);
        return stored?.Document.Message.ToMessage(conversationId);
    }

    public Task RemoveAsync(string conversationId, long seq, CancellationToken cancellationToken) =>
        _messages.DeleteAsync(DocumentIds.Parked(seq), conversationId, cancellationToken);

    /// <remarks>
    /// Limitation: the query crosses every partition and reads every overdue parked message, so a replica far
    /// behind on many conversations makes each repair round read them all; parked messages are few in practice.
    /// </remarks>
    public async Task<IReadOnlyList<ParkedGap>> ListOverdueAsync(
        DateTimeOffset parkedBefore,
        CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT c.conversationId, c.seq FROM c WHERE c.type = @type AND c.parkedAt < @parkedBefore")
            .WithParameter("@type", DocumentTypes.Parked)
            .WithParameter("@parkedBefore", parkedBefore.ToUnixTimeMilliseconds());
        var found = await _messages.QueryAsync<ParkedSeq>(query, partitionKey: null, int.MaxValue, cancellationToken);

        return found
            .GroupBy(static p => p.ConversationId, StringComparer.Ordinal)
            .Select(static g => new ParkedGap(g.Key, g.Min(static p => p.Seq)))
            .ToList();
    }
}
