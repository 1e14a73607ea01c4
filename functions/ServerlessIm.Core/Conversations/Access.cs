namespace ServerlessIm.Core.Conversations;

/// <summary>The answer to "may this user see that conversation?", with the conversation when they may.</summary>
public abstract record Access
{
    private Access()
    {
    }

    public sealed record Granted(Conversation Conversation) : Access;

    public sealed record NotFound : Access;

    /// <summary>The conversation exists but the caller is not a member.</summary>
    public sealed record Denied : Access;

    public static async Task<Access> CheckAsync(
        IConversationStore store,
        string conversationId,
        string userId,
        CancellationToken cancellationToken)
    {
        var conversation = await store.GetAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return new NotFound();
        }

        return conversation.HasMember(userId) ? new Granted(conversation) : new Denied();
    }
}
