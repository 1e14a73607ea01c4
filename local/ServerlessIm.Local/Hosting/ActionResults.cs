using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace ServerlessIm.Local.Hosting;

/// <summary>
/// Writes an <see cref="IActionResult"/> the way MVC and the Functions host do. Returning one from a minimal-API
/// delegate instead would serialize the result object itself as JSON.
/// </summary>
internal static class ActionResults
{
    public static Task ExecuteAsync(HttpContext context, IActionResult result) =>
        result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
}
