using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Validation;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.Functions.Api.Http;

/// <summary>Lets a caller through to a conversation only when they are one of its members.</summary>
public static class Members
{
    /// <returns>The conversation, or the 400, 403 or 404 problem to answer with.</returns>
    public static async Task<(Conversation? Conversation, IActionResult? Problem)> CheckAsync(
        IConversationStore conversations,
        string conversationId,
        Caller caller,
        HttpRequest request)
    {
        if (!Identifiers.IsToken(conversationId))
        {
            return (null, Problems.Invalid("conversationId", "1-64 letters, digits, '-' or '_'."));
        }

        var access = await Access.CheckAsync(
            conversations, conversationId, caller.UserId, request.HttpContext.RequestAborted);
        return access switch
        {
            Access.Granted granted => (granted.Conversation, null),
            Access.Denied => (null, Problems.NotAMember()),
            _ => (null, Problems.ConversationNotFound(conversationId)),
        };
    }
}
