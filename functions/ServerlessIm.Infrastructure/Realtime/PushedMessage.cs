using ServerlessIm.Core.Messages;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// A message as clients receive it in a push: the same shape, field for field, as the HTTP API's message
/// view, so a client parses both with one type. <c>status</c> is <c>sequenced</c> or <c>pending</c>.
/// </summary>
public sealed record PushedMessage(
    string Status,
    string ConversationId,
    long? Seq,
    long? Epoch,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId,
    string Body,
    DateTimeOffset SentAt,
    DateTimeOffset? SequencedAt,
    string? SequencedBy,
    string AcceptedBy,
    string? HomeRegion)
{
    public static PushedMessage Sequenced(Message message) =>
        new("sequenced", message.ConversationId, message.Seq, message.Epoch, message.SenderId,
            message.DeviceId, message.DeviceSeq, message.ClientMessageId, message.Body, message.SentAt,
            message.SequencedAt, message.SequencedBy, message.SubmittedIn, message.SequencedBy);

    // Limitation: a pending push carries no homeRegion (the notifier is not told it); the send's answer does.
    public static PushedMessage Pending(Submission submission) =>
        new("pending", submission.ConversationId, null, null, submission.SenderId, submission.DeviceId,
            submission.DeviceSeq, submission.ClientMessageId, submission.Body, submission.SentAt, null, null,
            submission.SubmittedIn, null);
}
