namespace ServerlessIm.Client.Conversations;

/// <summary>A page of the caller's conversations.</summary>
internal sealed record ConversationList(IReadOnlyList<ConversationInfo> Conversations, string? Continuation);
