namespace ServerlessIm.Core.Sequencing;

/// <summary>Other writers kept moving a conversation's head; the caller may retry the same request.</summary>
public sealed class ContentionException(string conversationId)
    : Exception($"Conversation '{conversationId}' is busy; retry the same request.")
{
    public string ConversationId { get; } = conversationId;
}
