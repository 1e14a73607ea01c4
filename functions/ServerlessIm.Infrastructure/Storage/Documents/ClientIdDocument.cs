namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>Points a sender's client message id at the seq its message got.</summary>
internal sealed record ClientIdDocument(
    string Id,
    string Type,
    string ConversationId,
    string SenderId,
    string ClientMessageId,
    long Seq);
