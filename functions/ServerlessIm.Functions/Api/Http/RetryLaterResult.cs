using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace ServerlessIm.Functions.Api.Http;

/// <summary>A problem answer that also tells the client when to retry, in the Retry-After header.</summary>
public sealed class RetryLaterResult(ObjectResult problem, TimeSpan retryAfter) : IActionResult
{
    public TimeSpan RetryAfter => retryAfter;

    public ObjectResult Problem => problem;

    public Task ExecuteResultAsync(ActionContext context)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return problem.ExecuteResultAsync(context);
    }
}
