namespace ServerlessIm.Core.Conversations;

/// <summary>One page of a user's conversations and the token to continue from, if any.</summary>
public sealed record ConversationPage(IReadOnlyList<Conversation> Conversations, string? Continuation);
