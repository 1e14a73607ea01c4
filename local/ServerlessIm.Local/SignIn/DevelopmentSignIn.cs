using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Core.Validation;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Local.SignIn;

/// <summary>
/// <c>POST /api/dev/token {"userId": "alice"}</c> answers <c>{"token": "..."}</c>: a development token signed
/// with the run's generated key, valid in every region of the run. Only the local runner maps this route.
/// </summary>
internal static class DevelopmentSignIn
{
    public const string Route = "/api/dev/token";

    public static IEndpointConventionBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, static async context =>
        {
            var (body, unreadable) = await JsonBody.ReadAsync<SignInBody>(context.Request);
            IActionResult result = body switch
            {
                null => unreadable!,
                { UserId: var userId } when !Identifiers.IsUserId(userId) =>
                    Problems.Invalid("userId", $"1-{Limits.MaxUserIdChars} printable characters."),
                _ => new OkObjectResult(new
                {
                    token = context.RequestServices.GetRequiredService<DevelopmentTokens>().Issue(body.UserId!),
                }),
            };
            await ActionResults.ExecuteAsync(context, result);
        });
}
