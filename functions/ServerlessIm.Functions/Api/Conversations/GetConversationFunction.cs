using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Conversations;

/// <summary><c>GET /api/conversations/{id}</c>: one conversation, for its members.</summary>
public sealed class GetConversationFunction(
    Authentication authentication,
    IConversationStore conversations,
    ILogger<GetConversationFunction> logger)
{
    [Function("GetConversation")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "conversations/{conversationId}")]
        HttpRequest request,
        string conversationId) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            return await Members.CheckAsync(conversations, conversationId, caller, request) switch
            {
                (Conversation conversation, _) => new OkObjectResult(ConversationView.From(conversation)),
                (_, var problem) => problem!,
            };
        });
}
