using ServerlessIm.Core.Conversations;

namespace ServerlessIm.Functions.Api.Conversations;

/// <summary>A conversation as the API shows it.</summary>
public sealed record ConversationView(
    string Id,
    string Title,
    IReadOnlyList<string> Members,
    string HomeRegion,
    long Epoch,
    string CreatedBy,
    DateTimeOffset CreatedAt)
{
    public static ConversationView From(Conversation c) =>
        new(c.Id, c.Title, c.Members, c.HomeRegion, c.Epoch, c.CreatedBy, c.CreatedAt);
}
