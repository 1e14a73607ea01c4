namespace ServerlessIm.Core.Messages;

/// <summary>
/// A message as clients see it, in the HTTP API's answers and in realtime pushes alike, so a client parses
/// both with one type: <c>status</c> is <c>sequenced</c> (with <c>seq</c>) or <c>pending</c> (accepted by a
/// region, waiting for the conversation's home region; no <c>seq</c> yet).
/// </summary>
public sealed record MessageView(
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
    public const string SequencedStatus = "sequenced";
    public const string PendingStatus = "pending";

    public static MessageView From(Message m) =>
        new(SequencedStatus, m.ConversationId, m.Seq, m.Epoch, m.SenderId, m.DeviceId, m.DeviceSeq,
            m.ClientMessageId, m.Body, m.SentAt, m.SequencedAt, m.SequencedBy, m.SubmittedIn, m.SequencedBy);

    /// <param name="homeRegion">The conversation's home region, when the caller knows it.</param>
    public static MessageView Pending(Submission s, string? homeRegion) =>
        new(PendingStatus, s.ConversationId, null, null, s.SenderId, s.DeviceId, s.DeviceSeq,
            s.ClientMessageId, s.Body, s.SentAt, null, null, s.SubmittedIn, homeRegion);
}
