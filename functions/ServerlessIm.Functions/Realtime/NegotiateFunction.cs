using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.Functions.Realtime;

/// <summary>
/// <c>POST /api/negotiate</c>: the signed-in caller gets <c>{url, accessToken}</c> for the region's SignalR
/// Service, which SignalR clients follow as a redirect. The token names the caller as its user.
/// </summary>
public sealed class NegotiateFunction(
    Authentication authentication,
    ClientNegotiator negotiator,
    ILogger<NegotiateFunction> logger)
{
    [Function("Negotiate")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "negotiate")] HttpRequest request) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            try
            {
                var connection = await negotiator.NegotiateAsync(caller.UserId, request.HttpContext.RequestAborted);
                return new OkObjectResult(connection);
            }
            catch (RealtimeUnavailableException)
            {
                return new RetryLaterResult(
                    Problems.Create(
                        StatusCodes.Status503ServiceUnavailable,
                        ProblemTypes.Unavailable,
                        "Real-time delivery is unavailable.",
                        "Sending and the sync API still work; negotiate again later."),
                    TimeSpan.FromSeconds(5));
            }
        });
}
