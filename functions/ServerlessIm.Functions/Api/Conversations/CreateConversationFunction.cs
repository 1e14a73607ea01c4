using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Conversations;

/// <summary><c>POST /api/conversations</c>: creates a conversation with the caller as a member.</summary>
public sealed class CreateConversationFunction(
    Authentication authentication,
    ConversationService conversations,
    ILogger<CreateConversationFunction> logger)
{
    [Function("CreateConversation")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "conversations")] HttpRequest request) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            var (body, unreadable) = await JsonBody.ReadAsync<CreateConversationBody>(request);
            if (body is null)
            {
                return unreadable!;
            }

            var errors = NewConversationRules.Validate(body.Members, body.Title, caller.UserId);
            if (!errors.IsEmpty)
            {
                return Problems.Invalid(errors.ToDictionary());
            }

            var conversation = await conversations.CreateAsync(
                caller.UserId, body.Members!, body.Title, request.HttpContext.RequestAborted);
            return new CreatedResult($"/api/conversations/{conversation.Id}", ConversationView.From(conversation));
        });
}
