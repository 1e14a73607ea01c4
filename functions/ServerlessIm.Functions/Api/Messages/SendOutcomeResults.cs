using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Api.Http;

namespace ServerlessIm.Functions.Api.Messages;

/// <summary>How each send outcome is answered over HTTP.</summary>
public static class SendOutcomeResults
{
    public static IActionResult ToResult(SendOutcome outcome, string conversationId) => outcome switch
    {
        SendOutcome.Sequenced { Message: var m, Repeat: false } =>
            new CreatedResult(Location(m), MessageView.From(m)),
        SendOutcome.Sequenced { Message: var m, Repeat: true } => new OkObjectResult(MessageView.From(m)),
        SendOutcome.Pending { Submission: var s, HomeRegion: var home } =>
            new AcceptedResult((string?)null, MessageView.Pending(s, home)),
        SendOutcome.ConversationNotFound => Problems.ConversationNotFound(conversationId),
        SendOutcome.NotAMember => Problems.NotAMember(),
        SendOutcome.DeviceSeqAhead { ExpectedDeviceSeq: var expected } => Problems.Create(
            StatusCodes.Status409Conflict,
            ProblemTypes.DeviceSeqAhead,
            "Messages from this device must arrive in order.",
            $"This device's next deviceSeq here is {expected}; resend from that message on.",
            new { ExpectedDeviceSeq = expected }),
        SendOutcome.DeviceSeqReused { ExpectedDeviceSeq: var expected } => Problems.Create(
            StatusCodes.Status409Conflict,
            ProblemTypes.DeviceSeqReused,
            "This deviceSeq belongs to another message.",
            $"Give each new message of this device the next deviceSeq ({expected} or later, in order).",
            new { ExpectedDeviceSeq = expected }),
        _ => throw new InvalidOperationException($"Unknown send outcome {outcome.GetType().Name}."),
    };

    private static string Location(Message m) =>
        $"/api/conversations/{m.ConversationId}/messages?after={m.Seq - 1}&limit=1";
}
