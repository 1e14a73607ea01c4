namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>
/// A replicated message waiting for its predecessor; <paramref name="ParkedAt"/> in Unix milliseconds.
/// </summary>
internal sealed record ParkedDocument(
    string Id,
    string Type,
    string ConversationId,
    long Seq,
    long ParkedAt,
    MessageData Message);
