namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>
/// A message at its seq. <paramref name="Published"/> is <c>false</c> while this region owes its
/// replication event, since <paramref name="StoredAt"/> (Unix milliseconds).
/// </summary>
internal sealed record MessageDocument(
    string Id,
    string Type,
    string ConversationId,
    long Seq,
    bool Published,
    long StoredAt,
    MessageData Message);
