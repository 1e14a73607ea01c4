using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Infrastructure.Identity;
using ServerlessIm.Infrastructure.Realtime;
using ServerlessIm.Local.Hosting;
using ServerlessIm.Local.Triggers.Http;

namespace ServerlessIm.Local.Realtime;

/// <summary>
/// <c>POST /api/negotiate</c> with the Function App's contract, <c>{url, accessToken}</c>, pointing at the local
/// hub instead of SignalR Service. SignalR clients follow that answer as a redirect, as they do in Azure.
/// </summary>
internal static class LocalNegotiate
{
    public static readonly HttpFunctionRoute Route = new("/api/negotiate", ["POST"]);

    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    public static IEndpointConventionBuilder MapLocalNegotiate(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route.Pattern, static async context =>
        {
            var services = context.RequestServices;
            var (caller, unauthenticated) = await services.GetRequiredService<Authentication>()
                .AuthenticateAsync(context.Request);
            IActionResult result = caller is null
                ? unauthenticated!
                : new OkObjectResult(new ClientConnectionInfo(
                    new Uri($"{context.Request.Scheme}://{context.Request.Host}{LocalHub.Path}"),
                    services.GetRequiredService<DevelopmentTokens>().Issue(caller.UserId, TokenLifetime)));
            await ActionResults.ExecuteAsync(context, result);
        });
}
