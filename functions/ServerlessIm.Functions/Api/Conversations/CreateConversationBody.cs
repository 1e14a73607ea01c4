namespace ServerlessIm.Functions.Api.Conversations;

/// <summary>The body of <c>POST /api/conversations</c>.</summary>
public sealed record CreateConversationBody(List<string?>? Members, string? Title);
