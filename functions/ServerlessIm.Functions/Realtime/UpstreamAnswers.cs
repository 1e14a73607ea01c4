using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Realtime;

/// <summary>
/// Turns the HTTP answer of a send into what the service forwards to the invoking client: a completion
/// message whose <c>result</c> is the message view, or whose <c>error</c> is the problem document (JSON text)
/// the HTTP API would have answered with, so clients branch on the same problem types.
/// </summary>
internal static class UpstreamAnswers
{
    /// <summary>The JSON hub protocol ends every message with this character.</summary>
    private const string RecordSeparator = "\u001e";

    public static IActionResult Complete(string invocationId, IActionResult answer)
    {
        var completion = answer switch
        {
            RetryLaterResult later => Failed(invocationId, later.Problem.Value),
            ObjectResult { Value: MessageView view } => Succeeded(invocationId, view),
            ObjectResult { Value: ProblemDetails problem } => Failed(invocationId, problem),
            _ => throw new InvalidOperationException($"A send cannot answer with {answer.GetType().Name}."),
        };

        return new ContentResult
        {
            StatusCode = 200,
            ContentType = "application/json",
            Content = JsonSerializer.Serialize(completion, JsonBody.Options) + RecordSeparator,
        };
    }

    /// <summary>For a call without an invocation id: nothing to say on success, the problem otherwise.</summary>
    public static IActionResult Unanswered(IActionResult answer) =>
        answer is ObjectResult { Value: MessageView } ? new NoContentResult() : answer;

    private static CompletionMessage Succeeded(string invocationId, MessageView view) =>
        new(CompletionMessage.CompletionMessageType, invocationId, view, Error: null);

    private static CompletionMessage Failed(string invocationId, object? problem) =>
        new(
            CompletionMessage.CompletionMessageType,
            invocationId,
            Result: null,
            JsonSerializer.Serialize(problem, problem?.GetType() ?? typeof(ProblemDetails), JsonBody.Options));
}
