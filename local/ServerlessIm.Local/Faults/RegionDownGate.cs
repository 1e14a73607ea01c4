using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Local.Hosting;

namespace ServerlessIm.Local.Faults;

/// <summary>While a region is down, its API answers 503 region-down; only the fault controls still answer.</summary>
internal static class RegionDownGate
{
    public const string ProblemType = "urn:serverlessim:problem:region-down";

    public static IApplicationBuilder UseRegionDownGate(this IApplicationBuilder app, RegionFaults faults) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            var isFaultControl = path.StartsWithSegments(FaultEndpoints.Prefix, StringComparison.Ordinal);
            if (!faults.IsDown || isFaultControl)
            {
                await next(context);
                return;
            }

            // Limitation: a region that is down still accepts TCP connections; it answers them with this 503.
            var problem = Problems.Create(
                StatusCodes.Status503ServiceUnavailable,
                ProblemType,
                "This region is down.",
                $"Region '{faults.Region}' is taken down by a local fault; use another region, or bring it up.");
            await ActionResults.ExecuteAsync(context, new RetryLaterResult(problem, TimeSpan.FromSeconds(5)));
        });
}
