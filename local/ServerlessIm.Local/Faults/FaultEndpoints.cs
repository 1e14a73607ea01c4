using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Local.Faults;

/// <summary>
/// <c>/api/dev/faults/...</c>: switches faults of the local deployment by hand or from tests; any region's
/// URL controls every region. docs/local-runner.md lists the routes. Only the local runner maps them.
/// </summary>
internal static class FaultEndpoints
{
    public const string Prefix = "/api/dev/faults";
    public const string UnknownRegionType = "urn:serverlessim:problem:unknown-region";
    public const string NoClusterType = "urn:serverlessim:problem:no-kafka-cluster";

    public static void MapFaultEndpoints(this IEndpointRouteBuilder endpoints, LocalFaults faults)
    {
        endpoints.MapGet(Prefix, Answer(_ => Done(State(faults))));
        endpoints.MapPost(Prefix + "/regions/{region}/down", ForRegion(faults, static r => r.SetDown(true)));
        endpoints.MapPost(Prefix + "/regions/{region}/up", ForRegion(faults, static r => r.SetDown(false)));
        endpoints.MapPost(Prefix + "/link/cut", Answer(_ => Done(Changed(faults, faults.CutLink))));
        endpoints.MapPost(Prefix + "/link/heal", Answer(_ => Done(Changed(faults, faults.HealLink))));
        endpoints.MapPost(Prefix + "/delay", Answer(context => DelayAsync(context, faults)));
        endpoints.MapPost(Prefix + "/regions/{region}/consumer/restart", Answer(c => RestartAsync(c, faults)));
        endpoints.MapPost(Prefix + "/regions/{region}/batches/reverse", Answer(c => ReverseAsync(c, faults)));
    }

    private static RequestDelegate Answer(Func<HttpContext, Task<IActionResult>> handle) =>
        async context => await ActionResults.ExecuteAsync(context, await handle(context));

    private static RequestDelegate ForRegion(LocalFaults faults, Action<RegionFaults> change) =>
        Answer(context => Done(
            Region(context, faults, out var region) is { } missing ? missing : Changed(faults, () => change(region!))));

    private static Task<IActionResult> Done(IActionResult result) => Task.FromResult(result);

    private static OkObjectResult Changed(LocalFaults faults, Action change)
    {
        change();
        return State(faults);
    }

    private static async Task<IActionResult> DelayAsync(HttpContext context, LocalFaults faults)
    {
        var (body, unreadable) = await JsonBody.ReadAsync<DelayBody>(context.Request);
        if (body is null)
        {
            return unreadable!;
        }

        if (body.Milliseconds is not (>= 0 and <= 60_000))
        {
            return Problems.Invalid("milliseconds", "The delay of every Kafka answer, 0 to 60000; 0 removes it.");
        }

        return faults.SetDelay(TimeSpan.FromMilliseconds(body.Milliseconds.Value))
            ? State(faults)
            : Problems.Create(
                StatusCodes.Status409Conflict,
                NoClusterType,
                "No Kafka cluster to delay.",
                "Delays need the mock Kafka clusters the local runner starts.");
    }

    private static async Task<IActionResult> RestartAsync(HttpContext context, LocalFaults faults)
    {
        if (Region(context, faults, out var region) is { } missing)
        {
            return missing;
        }

        var beforeNextCommit = string.Equals(
            context.Request.Query["beforeNextCommit"], "true", StringComparison.OrdinalIgnoreCase);
        await region!.RestartConsumerAsync(beforeNextCommit).WaitAsync(context.RequestAborted);
        return State(faults);
    }

    private static async Task<IActionResult> ReverseAsync(HttpContext context, LocalFaults faults)
    {
        if (Region(context, faults, out var region) is { } missing)
        {
            return missing;
        }

        var (body, unreadable) = await JsonBody.ReadAsync<ReverseBody>(context.Request);
        if (body is null)
        {
            return unreadable!;
        }

        if (body.Count is not (>= 1 and <= 1000))
        {
            return Problems.Invalid("count", "How many of the next batches to deliver in reverse, 1 to 1000.");
        }

        region!.ReverseNextBatches(body.Count.Value);
        return State(faults);
    }

    private static ObjectResult? Region(HttpContext context, LocalFaults faults, out RegionFaults? region)
    {
        var name = context.GetRouteValue("region")?.ToString() ?? "";
        region = faults.Knows(name) ? faults.For(name) : null;
        return region is not null
            ? null
            : Problems.Create(
                StatusCodes.Status404NotFound,
                UnknownRegionType,
                "No such region.",
                $"This deployment runs {string.Join(", ", faults.Regions)}.");
    }

    private static OkObjectResult State(LocalFaults faults) => new(new
    {
        regions = faults.Regions.ToDictionary(
            static name => name,
            name => new { down = faults.For(name).IsDown, batchesToReverse = faults.For(name).BatchesToReverse },
            StringComparer.Ordinal),
        linkCut = faults.IsLinkCut,
        delayMs = (long)faults.Delay.TotalMilliseconds,
    });
}
