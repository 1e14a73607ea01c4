namespace ServerlessIm.Core.Conversations;

/// <summary>A region's conversations and the index of each user's conversations.</summary>
public interface IConversationStore
{
    /// <summary>Inserts the conversation unless one with its id exists; returns the stored one.</summary>
    Task<Conversation> CreateAsync(Conversation conversation, CancellationToken cancellationToken);

    Task<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores a replicated conversation if its version is newer than the stored one.</summary>
    /// <returns><c>true</c> when the stored copy changed.</returns>
    Task<bool> ApplyReplicaAsync(Conversation conversation, CancellationToken cancellationToken);

    /// <summary>Makes the conversation appear in every member's list; safe to repeat.</summary>
    Task IndexMembersAsync(Conversation conversation, CancellationToken cancellationToken);

    Task<ConversationPage> ListForUserAsync(
        string userId,
        int limit,
        string? continuation,
        CancellationToken cancellationToken);

    /// <summary>Conversations created here whose replication event has not been published yet.</summary>
    Task<IReadOnlyList<Conversation>> ListUnpublishedAsync(
        DateTimeOffset olderThan,
        int limit,
        CancellationToken cancellationToken);

    Task MarkPublishedAsync(Conversation conversation, CancellationToken cancellationToken);
}
