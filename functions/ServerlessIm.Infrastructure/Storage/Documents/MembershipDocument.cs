namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>
/// A user's entry for one conversation in the <c>memberships</c> container (id: the conversation's id),
/// carrying a copy of the conversation so that a user's list is read from one partition.
/// </summary>
internal sealed record MembershipDocument(
    string Id,
    string Type,
    string UserId,
    ConversationData Conversation);
