using ServerlessIm.Core.Messages;

namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>A submission as stored inside a document.</summary>
internal sealed record SubmissionData(
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId,
    string Body,
    string SubmittedIn,
    DateTimeOffset SentAt)
{
    public static SubmissionData From(Submission s) =>
        new(s.SenderId, s.DeviceId, s.DeviceSeq, s.ClientMessageId, s.Body, s.SubmittedIn, s.SentAt);

    public Submission ToSubmission(string conversationId) =>
        new(conversationId, SenderId, DeviceId, DeviceSeq, ClientMessageId, Body, SubmittedIn, SentAt);
}
