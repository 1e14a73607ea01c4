using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ServerlessIm.Local.Triggers.Http;

/// <summary>
/// Maps every HTTP-triggered function at its <c>/api/...</c> route and methods, and executes the
/// <see cref="IActionResult"/> it returns, as the Functions host's ASP.NET Core integration does.
/// </summary>
internal static partial class HttpFunctionEndpoints
{
    /// <summary>The Functions host's route prefix, <c>extensions.http.routePrefix</c> in host.json.</summary>
    public const string RoutePrefix = "/api/";

    /// <param name="servedLocally">Routes the runner answers itself; a function on one of them is not mapped.</param>
    /// <returns>The functions mapped.</returns>
    public static IReadOnlyList<HttpFunctionRoute> Map(
        IEndpointRouteBuilder endpoints,
        IEnumerable<FunctionMethod> functions,
        IReadOnlyCollection<HttpFunctionRoute> servedLocally,
        ILogger logger)
    {
        var mapped = new List<HttpFunctionRoute>();
        foreach (var function in functions.Where(static f => f.Trigger is HttpTriggerAttribute))
        {
            var route = HttpFunctionRoute.Of(function);
            if (servedLocally.Any(route.Overlaps))
            {
                LogServedLocally(logger, function.Name, route.Pattern);
                continue;
            }

            var handler = Handler(new FunctionInvoker(function), logger);
            var endpoint = route.Methods.Count == 0
                ? endpoints.Map(route.Pattern, handler)
                : endpoints.MapMethods(route.Pattern, route.Methods, handler);
            endpoint.WithDisplayName(function.Name);
            mapped.Add(route);
        }

        return mapped;
    }

    private static RequestDelegate Handler(FunctionInvoker function, ILogger logger) => async context =>
    {
        IActionResult result;
        try
        {
            var invocation = new Invocation(context.RequestServices, context.RequestAborted) { HttpContext = context };
            var returned = await function.InvokeAsync(invocation);
            result = returned as IActionResult
                ?? (returned is null ? new NoContentResult() : new OkObjectResult(returned));
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The Functions host answers an unhandled exception with a bare 500; the runner does the same.
            LogFailed(logger, ex, function.Name);
            result = new StatusCodeResult(StatusCodes.Status500InternalServerError);
        }

        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    };

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Function {Function} on {Route} is served by the local runner")]
    private static partial void LogServedLocally(ILogger logger, string function, string route);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function);
}
