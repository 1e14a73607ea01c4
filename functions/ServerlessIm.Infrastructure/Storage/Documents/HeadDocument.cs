namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>A conversation's head in the <c>messages</c> container; see Core's ConversationHead.</summary>
internal sealed record HeadDocument(
    string Id,
    string Type,
    string ConversationId,
    long Seq,
    long Epoch,
    Dictionary<string, long> Devices,
    MessageData? Tail);
