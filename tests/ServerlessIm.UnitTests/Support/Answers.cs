using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.UnitTests.Support;

/// <summary>Reads what a function answered.</summary>
internal static class Answers
{
    public static int Status(IActionResult result) => result switch
    {
        RetryLaterResult retry => retry.Problem.StatusCode ?? 0,
        ObjectResult objectResult => objectResult.StatusCode ?? 200,
        StatusCodeResult statusCode => statusCode.StatusCode,
        _ => throw new InvalidOperationException($"Unexpected result {result.GetType().Name}."),
    };

    public static ProblemDetails Problem(IActionResult result)
    {
        var objectResult = result is RetryLaterResult retry
            ? retry.Problem
            : Assert.IsAssignableFrom<ObjectResult>(result);
        Assert.Contains(Problems.ContentType, objectResult.ContentTypes);
        return Assert.IsAssignableFrom<ProblemDetails>(objectResult.Value);
    }

    public static T Value<T>(IActionResult result) =>
        Assert.IsType<T>(Assert.IsAssignableFrom<ObjectResult>(result).Value);
}
