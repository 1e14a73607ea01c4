using ServerlessIm.Core.Conversations;

namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>A conversation as stored inside a document.</summary>
internal sealed record ConversationData(
    string Title,
    IReadOnlyList<string> Members,
    string HomeRegion,
    long Epoch,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    long Version)
{
    public static ConversationData From(Conversation c) =>
        new(c.Title, c.Members, c.HomeRegion, c.Epoch, c.CreatedBy, c.CreatedAt, c.Version);

    public Conversation ToConversation(string id) =>
        new(id, Title, Members, HomeRegion, Epoch, CreatedBy, CreatedAt, Version);
}
