namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>A message a client handed to its region and got accepted (sequenced or pending).</summary>
internal sealed record SentMessage(
    string ConversationId,
    string SenderId,
    string DeviceId,
    long DeviceSeq,
    string ClientMessageId);
