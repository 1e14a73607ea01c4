namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>
/// A conversation in the <c>conversations</c> container. <paramref name="Published"/> is <c>false</c> while
/// this region owes its replication event, since <paramref name="StoredAt"/> (Unix milliseconds).
/// </summary>
internal sealed record ConversationDocument(
    string Id,
    string Type,
    bool Published,
    long StoredAt,
    ConversationData Conversation);
