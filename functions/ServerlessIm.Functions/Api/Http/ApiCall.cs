using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using ServerlessIm.Core;
using ServerlessIm.Core.Sequencing;

namespace ServerlessIm.Functions.Api.Http;

/// <summary>
/// Runs a function body and turns the failures a client can do something about into problem answers:
/// busy conversations and an unavailable store become 503 with Retry-After, never a bare 500.
/// </summary>
public static partial class ApiCall
{
    public static async Task<IActionResult> RunAsync(ILogger logger, Func<Task<IActionResult>> body)
    {
        try
        {
            return await body();
        }
        catch (ContentionException ex)
        {
            LogContention(logger, ex.ConversationId);
            return new RetryLaterResult(
                Problems.Busy("Many writers are sending to this conversation; retry the same request."),
                TimeSpan.FromSeconds(1));
        }
        catch (StoreUnavailableException ex)
        {
            LogStoreUnavailable(logger, ex);
            return new RetryLaterResult(
                Problems.Create(
                    StatusCodes.Status503ServiceUnavailable,
                    ProblemTypes.Unavailable,
                    "The region's store is unavailable.",
                    "Nothing was changed by a partial write; retry the same request, or use another region."),
                ex.RetryAfter ?? TimeSpan.FromSeconds(2));
        }
        catch (InvalidCursorException ex)
        {
            return Problems.Invalid(ex.Parameter, "Pass back the cursor of the previous page as it was given.");
        }
        catch (BadHttpRequestException ex)
        {
            return Problems.Create(
                ex.StatusCode,
                ProblemTypes.InvalidRequest,
                "The request could not be read.",
                "Send a complete request.");
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Conversation {ConversationId} stayed busy; asked the client to retry")]
    private static partial void LogContention(ILogger logger, string conversationId);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "The store is unavailable; the request was refused and changed nothing")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
