using ServerlessIm.Core.Messages;

namespace ServerlessIm.Infrastructure.Storage.Documents;

/// <summary>A sequenced message as stored inside a document.</summary>
internal sealed record MessageData(
    long Seq,
    long Epoch,
    string SequencedBy,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId,
    string Body,
    string SubmittedIn,
    DateTimeOffset SentAt,
    DateTimeOffset SequencedAt)
{
    public static MessageData From(Message m) =>
        new(m.Seq, m.Epoch, m.SequencedBy, m.SenderId, m.DeviceId, m.DeviceSeq, m.ClientMessageId, m.Body,
            m.SubmittedIn, m.SentAt, m.SequencedAt);

    public Message ToMessage(string conversationId) =>
        new(conversationId, Seq, Epoch, SequencedBy, SenderId, DeviceId, DeviceSeq, ClientMessageId, Body,
            SubmittedIn, SentAt, SequencedAt);
}
