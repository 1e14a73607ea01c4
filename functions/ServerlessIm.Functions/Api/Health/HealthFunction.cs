using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core.Regions;
using ServerlessIm.Core.Replication;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Health;

/// <summary>
/// <c>GET /api/health</c>: the region's name and version, whether its store answers, and replication
/// figures. 200 when the store answers, 503 when not, so clients can tell a region to switch away from.
/// </summary>
public sealed class HealthFunction(
    Authentication authentication,
    IStoreProbe store,
    RegionOptions region,
    ReplicationMetrics metrics,
    PeerRegions peers,
    ILogger<HealthFunction> logger)
{
    private static readonly string Version =
        typeof(HealthFunction).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?
            .InformationalVersion
        ?? "unknown";

    [Function("Health")]
    public Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        ApiCall.RunAsync(logger, async () =>
        {
            var (caller, unauthenticated) = await authentication.AuthenticateAsync(request);
            if (caller is null)
            {
                return unauthenticated!;
            }

            var reachable = await store.IsReachableAsync(request.HttpContext.RequestAborted);
            var replication = metrics.Snapshot();
            var body = new
            {
                region = region.Region,
                version = Version,
                status = reachable ? "healthy" : "unhealthy",
                store = reachable ? "reachable" : "unreachable",
                replication = new
                {
                    replication.Applied,
                    replication.Duplicates,
                    replication.Parked,
                    replication.Repaired,
                    lagMs = replication.LastLagMs,
                    peerSilenceMs = peers.Silence().ToDictionary(
                        static p => p.Key, static p => (long)p.Value.TotalMilliseconds, StringComparer.Ordinal),
                },
            };
            return new ObjectResult(body)
            {
                StatusCode = reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
            };
        });
}
