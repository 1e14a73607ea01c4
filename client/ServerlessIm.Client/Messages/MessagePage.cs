namespace ServerlessIm.Client.Messages;

/// <summary>A page of the sync API.</summary>
internal sealed record MessagePage(IReadOnlyList<ChatMessage> Messages, long Next);
